// One question read from an import file: its parts when it can become one of our questions, or why not
// (a message key of the "Fields" namespace), with the line it starts on when the format tells.
import type { QuestionParts } from "./question-input";

export interface ImportedQuestion {
  title: string;
  prompt: string;
  line: number | null;
  parts?: QuestionParts;
  error?: string;
}
