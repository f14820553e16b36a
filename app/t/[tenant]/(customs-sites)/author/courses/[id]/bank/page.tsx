import { Trash2 } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { authorOn } from "@/lib/authoring/author";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { localized } from "@/lib/i18n/localized";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { viewQuestionBank } from "@/lib/quiz/view-question-bank";
import { QuestionLanguages } from "../quiz/[moduleId]/question-languages";
import { QuestionForm } from "../quiz/[moduleId]/quiz-forms";
import {
  addBankQuestionAction,
  addCategoryAction,
  editBankQuestionAction,
  importQuestionsAction,
  previewImportAction,
  removeBankQuestionAction,
} from "./actions";
import { CategoryForm } from "./category-form";
import { ImportQuestionsForm } from "./import-form";

// A course's question bank, shared by its quizzes: categories, questions (with their answers: authors only) and
// the quizzes using each, import. `?edit=<id>&lang=` opens a question's form in one language.
export default async function QuestionBankPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edit?: string; lang?: string }>;
}) {
  const [{ id }, { edit, lang }] = await Promise.all([params, searchParams]);
  const page = `/author/courses/${id}/bank`;
  const { site, viewer } = await loadPage({ signIn: page, can: "authoring.author" });
  const [t, locale] = await Promise.all([getTranslations("QuizAuthoring"), getLocale()]);
  const editLocale: Locale = isLocale(lang) ? lang : isLocale(locale) ? locale : "en";
  const bank = await orNotFound(viewQuestionBank(authorOn(site, viewer), id, editLocale));
  const text = (value: unknown) => localized(value as Record<string, string>, locale);
  const editing = bank.questions.find((q) => q.id === edit);
  const editAddress = (questionId: string, l: string) => `${page}?edit=${questionId}&lang=${l}#question-form-title`;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/author/courses/${id}#outline`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{t("bankTitle", { course: text(bank.courseTitle) })}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel as="section" className="space-y-3" aria-labelledby="categories-title">
          <SectionTitle id="categories-title">{t("categories")}</SectionTitle>
          {bank.categories.length === 0 ? (
            <p className="text-sm text-slate-600">{t("bankNoCategories")}</p>
          ) : (
            <ul className="list-inside list-disc text-sm">
              {bank.categories.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          )}
          <CategoryForm save={addCategoryAction.bind(null, id)} />
        </Panel>
        {editing ? (
          <div className="space-y-3">
            <QuestionLanguages question={editing} editLocale={editLocale} address={editAddress} />
            <QuestionForm
              key={`${editing.id}-${editLocale}`}
              save={editBankQuestionAction.bind(null, id, editing.id)}
              editLocale={editLocale}
              categories={bank.categories}
              draft={{
                kind: editing.kind,
                points: editing.points,
                categoryId: editing.categoryId,
                ...editing.inLanguage,
              }}
            />
            <TextLink href={page}>{t("doneEditing")}</TextLink>
          </div>
        ) : (
          <QuestionForm save={addBankQuestionAction.bind(null, id)} categories={bank.categories} />
        )}
      </div>
      <ImportQuestionsForm
        preview={previewImportAction.bind(null, id)}
        save={importQuestionsAction.bind(null, id)}
        categories={bank.categories}
      />
      <section aria-labelledby="bank-title" className="space-y-3">
        <h2 id="bank-title" className="text-2xl font-semibold">
          {t("bank", { count: bank.questions.length })}
        </h2>
        {bank.questions.length === 0 ? (
          <EmptyState>{t("noBankQuestions")}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {bank.questions.map((q) => {
              const prompt = text(q.prompt);
              const usedIn = q.usedIn.map(text).join(", ");
              return (
                <li
                  key={q.id}
                  className="flex flex-wrap items-start gap-2 rounded-lg border border-slate-200 bg-white p-3"
                  data-testid="bank-question"
                >
                  <div className="flex-1">
                    <p className="font-medium" dir="auto">
                      {prompt}
                    </p>
                    <p className="text-sm text-slate-600">
                      {t(`kindValue.${q.kind}`)} · {t("pointsValue", { count: q.points })}
                      {q.category ? ` · ${q.category}` : ""}
                      {" · "}
                      {usedIn ? t("usedIn", { quizzes: usedIn }) : t("usedNowhere")}
                      {q.inLanguage.untranslated
                        ? ` · ${t("untranslatedIn", { language: LOCALE_NAMES[editLocale] })}`
                        : ""}
                    </p>
                  </div>
                  <TextLink href={editAddress(q.id, editLocale)} aria-label={t("edit", { prompt })}>
                    {t("editShort")}
                  </TextLink>
                  <form action={removeBankQuestionAction.bind(null, id, q.id)}>
                    <ConfirmButton
                      question={usedIn ? t("deleteUsedConfirm", { quizzes: usedIn }) : t("deleteConfirm")}
                      variant="danger"
                      size="icon"
                      aria-label={t("deleteQuestion", { prompt })}
                    >
                      <Trash2 size={16} aria-hidden="true" />
                    </ConfirmButton>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
