import { Eye, EyeOff, Settings, X } from "lucide-react";

// The Team list's row actions' icons, from the platform's one icon library; decorative (the buttons carry the labels).
const common = { size: 18, "aria-hidden": true, focusable: false } as const;

export function SettingsIcon() {
  return <Settings {...common} />;
}

export function EyeIcon({ crossed }: { crossed: boolean }) {
  return crossed ? <EyeOff {...common} /> : <Eye {...common} />;
}

export function CrossIcon() {
  return <X {...common} />;
}
