// The address of the booking page with its state: the step, what was chosen, what was typed and,
// after a refused post, the problems by field (post/redirect/get keeps everything in the address).
export function bookPagePath(query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return search ? `/staff/front-desk/book?${search}` : "/staff/front-desk/book";
}
