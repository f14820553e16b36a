"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { Select } from "@/components/ui/select";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { CategoryField, type Category } from "./category-field";

/** Adds questions of the course's bank to the quiz: one chosen question, or N drawn from a category. */
export function SlotForms({
  addChosen,
  addRandom,
  bank,
  categories,
}: {
  addChosen: FormAction;
  addRandom: FormAction;
  bank: Array<{ id: string; prompt: string }>;
  categories: Category[];
}) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const [chosen, chooseAction, choosing] = useActionState<FormState, FormData>(addChosen, EMPTY_FORM);
  const [random, randomAction, drawing] = useActionState<FormState, FormData>(addRandom, EMPTY_FORM);
  const error = (state: FormState, key: string) => (state.errors[key] ? fields(state.errors[key]) : undefined);
  return (
    <Panel as="section" className="space-y-4" aria-labelledby="from-bank-title">
      <SectionTitle id="from-bank-title">{t("fromBank")}</SectionTitle>
      {chosen.done || random.done ? (
        <Notice tone="success" compact>
          {t("slotAdded")}
        </Notice>
      ) : null}
      <form action={chooseAction} className="flex flex-wrap items-end gap-3">
        <FormField
          name="questionId"
          label={t("bankQuestion")}
          required
          error={error(chosen, "questionId")}
          className="min-w-0 flex-1"
        >
          {(control) => (
            <Select {...control} defaultValue="">
              <option value="">—</option>
              {bank.map((q) => (
                <option key={q.id} value={q.id} dir="auto">
                  {q.prompt}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button variant="secondary" disabled={choosing || bank.length === 0}>
          {t("addChosen")}
        </Button>
      </form>
      {categories.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noCategories")}</p>
      ) : (
        <form action={randomAction} className="flex flex-wrap items-end gap-3">
          <CategoryField
            categories={categories}
            id="draw-category"
            defaultValue={random.values.categoryId ?? ""}
            error={error(random, "categoryId")}
          />
          <TextField
            name="drawCount"
            id="draw-count"
            type="number"
            min={1}
            required
            label={t("randomCount")}
            defaultValue={random.values.drawCount ?? "1"}
            error={error(random, "drawCount")}
          />
          <Button variant="secondary" disabled={drawing}>
            {t("addRandom")}
          </Button>
        </form>
      )}
    </Panel>
  );
}
