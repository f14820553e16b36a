import { HelpPage } from "./help-page";

// Public: how to get help and whom to contact, linked from every footer.
export default function HelpAndContactPage() {
  return <HelpPage kind="HELP" />;
}
