// The platform's own colours (app/globals.css), for what a site without its own branding shows outside its pages:
// e-mails, the installed app's theme and splash screen.
export const PLATFORM_COLORS = { primary: "#00467f", accent: "#e07b00", background: "#f8fafc" } as const;
