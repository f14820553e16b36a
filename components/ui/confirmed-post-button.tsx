import { ConfirmButton } from "./confirm-button";

/**
 * A row's destructive action on its own: a form that posts to `action` once the browser has asked `question`.
 * Screen readers hear the label followed by `subject`, so every row's button says what it acts on.
 */
export function ConfirmedPostButton({
  action,
  question,
  label,
  subject,
}: {
  action: string;
  question: string;
  label: string;
  subject: string | number;
}) {
  return (
    <form method="post" action={action}>
      <ConfirmButton question={question} variant="danger" size="sm">
        {label}
        <span className="sr-only"> – {subject}</span>
      </ConfirmButton>
    </form>
  );
}
