// The attributes of a catalogue card's "Details" button, read by the list's one dialog (CourseDetailsDialog). A
// plain module: a constant exported by a client component reaches a server component as a reference, not a string.
export const DETAILS_COURSE = "data-details-course";
export const DETAILS_TITLE = "data-details-title";
