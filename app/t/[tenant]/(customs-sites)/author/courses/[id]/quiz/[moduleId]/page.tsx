import { ArrowDown, ArrowUp, X } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { localized } from "@/lib/i18n/localized";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { viewQuizAuthoring } from "@/lib/quiz/view-quiz-authoring";
import {
  addBankQuestionAction,
  addQuestionAction,
  addRandomDrawAction,
  editQuestionAction,
  removeSlotAction,
  saveQuizSettingsAction,
} from "./actions";
import { QuestionForm, QuizSettingsForm } from "./quiz-forms";
import { QuestionLanguages } from "./question-languages";
import { SlotForms } from "./slot-forms";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

// A quiz module's settings and entries: questions chosen from the course's bank (the answers are shown here, to
// its authors only) and random draws from a bank category. `?edit=<id>`
// opens a question's form in place of the add form, in the language `&lang=` names.
export default async function QuizAuthoringPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; moduleId: string }>;
  searchParams: Promise<{ edit?: string; lang?: string }>;
}) {
  const [{ id, moduleId }, { edit, lang }] = await Promise.all([params, searchParams]);
  const page = `/author/courses/${id}/quiz/${moduleId}`;
  const { site, viewer } = await loadPage({ signIn: page, can: "authoring.author" });
  const [t, locale] = await Promise.all([getTranslations("QuizAuthoring"), getLocale()]);
  const editLocale: Locale = isLocale(lang) ? lang : isLocale(locale) ? locale : "en";
  const quiz = await orNotFound(viewQuizAuthoring(authorOn(site, viewer), id, moduleId, editLocale));
  const text = (value: unknown) => localized(value as Record<string, string>, locale);
  const editing = quiz.slots.flatMap((s) => (s.question ? [s.question] : [])).find((q) => q.id === edit);
  const editAddress = (questionId: string, l: string) => `${page}?edit=${questionId}&lang=${l}#question-form-title`;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/author/courses/${id}#outline`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{text(quiz.title)}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <QuizSettingsForm save={saveQuizSettingsAction.bind(null, id, moduleId)} settings={quiz.settings} />
        {editing ? (
          <div className="space-y-3">
            <QuestionLanguages question={editing} editLocale={editLocale} address={editAddress} />
            <QuestionForm
              key={`${editing.id}-${editLocale}`}
              save={editQuestionAction.bind(null, id, moduleId, editing.id)}
              editLocale={editLocale}
              draft={{ kind: editing.kind, points: editing.points, ...editing.inLanguage }}
            />
            <TextLink href={page}>{t("doneEditing")}</TextLink>
          </div>
        ) : (
          <QuestionForm save={addQuestionAction.bind(null, id, moduleId)} />
        )}
      </div>
      <SlotForms
        addChosen={addBankQuestionAction.bind(null, id, moduleId)}
        addRandom={addRandomDrawAction.bind(null, id, moduleId)}
        bank={quiz.bank.map((q) => ({ id: q.id, prompt: text(q.prompt) }))}
        categories={quiz.categories}
      />
      <p>
        <TextLink href={`/author/courses/${id}/bank`}>{t("openBank")}</TextLink>
      </p>
      <section aria-labelledby="slots-title" className="space-y-3">
        <h2 id="slots-title" className="text-2xl font-semibold">
          {t("quizEntries", { count: quiz.slots.length })}
        </h2>
        {quiz.slots.length === 0 ? (
          <EmptyState>{t("noQuestions")}</EmptyState>
        ) : (
          <ol className="space-y-2">
            {quiz.slots.map((slot, index) => {
              const q = slot.question;
              const name = q
                ? text(q.prompt)
                : t("randomEntry", { count: slot.draw!.count, category: slot.draw!.category });
              return (
                <li
                  key={slot.id}
                  id={`slot-${slot.id}`}
                  className="flex flex-wrap items-start gap-2 rounded-lg border border-slate-200 bg-white p-3"
                  data-testid="quiz-entry"
                >
                  <div className="flex-1">
                    <p className="font-medium" dir="auto">
                      {name}
                    </p>
                    {q ? (
                      <p className="text-sm text-slate-600">
                        {t(`kindValue.${q.kind}`)} · {t("pointsValue", { count: q.points })}
                        {q.inLanguage.untranslated
                          ? ` · ${t("untranslatedIn", { language: LOCALE_NAMES[editLocale] })}`
                          : ""}
                      </p>
                    ) : null}
                  </div>
                  {q ? (
                    <TextLink href={editAddress(q.id, editLocale)} aria-label={t("edit", { prompt: name })}>
                      {t("editShort")}
                    </TextLink>
                  ) : null}
                  {(["up", "down"] as const).map((direction) =>
                    (direction === "up" ? index > 0 : index < quiz.slots.length - 1) ? (
                      <form
                        key={direction}
                        action={`/api/author/courses/${id}/quiz/${moduleId}/slots/${slot.id}/move`}
                        method="post"
                      >
                        <input type="hidden" name="direction" value={direction} />
                        <Button
                          variant="secondary"
                          size="xs"
                          aria-label={t(direction === "up" ? "moveUp" : "moveDown", { prompt: name })}
                        >
                          {direction === "up" ? (
                            <ArrowUp size={16} aria-hidden="true" />
                          ) : (
                            <ArrowDown size={16} aria-hidden="true" />
                          )}
                        </Button>
                      </form>
                    ) : null,
                  )}
                  <form action={removeSlotAction.bind(null, id, moduleId, slot.id)}>
                    <ConfirmButton
                      question={t("removeFromQuizConfirm")}
                      variant="danger"
                      size="icon"
                      aria-label={t("remove", { prompt: name })}
                    >
                      <X size={16} aria-hidden="true" />
                    </ConfirmButton>
                  </form>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
