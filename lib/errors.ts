// Typed domain errors, mapped to HTTP statuses and form messages in one place (toHttpStatus, and the
// actions that catch Invalid to show field messages).

export class DomainError extends Error {}

/** Also used for "not allowed to know it exists": callers answer 404 either way. */
export class NotFound extends DomainError {
  constructor(what = "Not found") {
    super(what);
  }
}

export class Forbidden extends DomainError {
  constructor(what = "Forbidden") {
    super(what);
  }
}

/** Bad input; `fields` maps a field name to a message key of the form's namespace. */
export class Invalid extends DomainError {
  constructor(public readonly fields: Record<string, string>) {
    super(`Invalid: ${Object.keys(fields).join(", ")}`);
  }
}

export class Conflict extends DomainError {
  constructor(what = "Conflict") {
    super(what);
  }
}

export function toHttpStatus(error: unknown): number {
  if (error instanceof NotFound) return 404;
  if (error instanceof Forbidden) return 403;
  if (error instanceof Invalid) return 400;
  if (error instanceof Conflict) return 409;
  return 500;
}
