import { HelpPage } from "../help/help-page";

// Public: questions learners often ask, linked from the sign-in page and every footer.
export default function FaqPage() {
  return <HelpPage kind="FAQ" />;
}
