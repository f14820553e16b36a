// Upload limits of module content, each overridable by the environment for an installation that needs more.
const mib = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1024 * 1024;

export const contentLimits = () => ({
  videoBytes: mib("VIDEO_MAX_MB", 200),
  resourceBytes: mib("RESOURCE_MAX_MB", 50),
  captionBytes: mib("CAPTIONS_MAX_MB", 1),
  pageCharacters: 50_000,
});
