// What the question form posts, as the quiz area's use cases read it (the quiz's and the bank's pages).
export const numberOrNull = (value: FormDataEntryValue | null) =>
  value === null || String(value).trim() === "" ? null : Number(value);

export const questionInput = (form: FormData) => ({
  locale: form.get("locale"),
  kind: form.get("kind"),
  prompt: form.get("prompt") ?? "",
  lines: form.get("lines") ?? "",
  truth: form.get("truth") || undefined,
  points: numberOrNull(form.get("points")) ?? 1,
  ...(form.has("categoryId") ? { categoryId: form.get("categoryId") } : {}),
});
