// The address of the booking page with its state: the step, what was chosen, what was typed and,
// after a refused post, the problems by field (post/redirect/get keeps everything in the address).

/**
 * The longest value the address carries: its values are ids, keys, days, times and short choices.
 * A longer one is nothing the page offered (a post made by hand): it is left out, and the page asks
 * for that choice again, instead of an address too long to be sent back.
 */
const MAX_VALUE_LENGTH = 200;

export function bookPagePath(query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(
    Object.entries(query).filter(
      (entry): entry is [string, string] => !!entry[1] && entry[1].length <= MAX_VALUE_LENGTH,
    ),
  ).toString();
  return search ? `/staff/front-desk/book?${search}` : "/staff/front-desk/book";
}
