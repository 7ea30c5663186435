// The booking load: each worker books for its own signed-in members, each
// member going through every session in its own shuffled order, so that the
// requests spread over the sessions and no one books a session twice. Every
// second request goes to a popular session (one per offer), so that these
// fill up and put later members on the waiting list even in a short run.
import type { SucceededBooking } from "./bench-check";
import { callServerAction, type ServerActionReference } from "./bench-action";
import type { RequestOutcome } from "./bench-load";
import type { BenchMember, BenchSession } from "./bench-seed";

export type SignedInMember = BenchMember & { cookie: string };

/** Returns a seeded pseudo-random generator in [0, 1) (mulberry32), so runs are repeatable. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** Returns the items of both lists alternately, then the rest of the longer one. */
function interleaved<T>(first: T[], second: T[]): T[] {
  const result: T[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index += 1) {
    if (index < first.length) result.push(first[index]);
    if (index < second.length) result.push(second[index]);
  }
  return result;
}

type MemberQueue = { member: SignedInMember; sessions: BenchSession[]; next: number };

/**
 * Prepares the sender of runLoad for `concurrency` workers. Worker w books
 * for members w, w + concurrency, w + 2 × concurrency… in turn. The member
 * books the child alone in a children's session, and both of them in a
 * session open to everyone (two places, kept together on the waiting list).
 */
export function createBookingSender(options: {
  baseUrl: string;
  action: ServerActionReference;
  members: SignedInMember[];
  sessions: BenchSession[];
  concurrency: number;
  /** Receives every booking request that succeeded. */
  succeeded: SucceededBooking[];
}) {
  const queues: MemberQueue[][] = Array.from({ length: options.concurrency }, () => []);
  const popular = options.sessions.filter((session) => session.popular);
  const others = options.sessions.filter((session) => !session.popular);
  options.members.forEach((member, index) => {
    const random = seededRandom(index + 1);
    const sessions = interleaved(shuffled(popular, random), shuffled(others, random));
    queues[index % options.concurrency].push({ member, sessions, next: 0 });
  });
  const turns = new Array<number>(options.concurrency).fill(0);

  /** Takes the next (member, session) pair of the worker, or null when it has none left. */
  function nextBooking(worker: number) {
    const workerQueues = queues[worker];
    for (let tried = 0; tried < workerQueues.length; tried += 1) {
      const queue = workerQueues[turns[worker] % workerQueues.length];
      turns[worker] += 1;
      if (queue.next < queue.sessions.length) {
        return { member: queue.member, session: queue.sessions[queue.next++] };
      }
    }
    return null;
  }

  async function book(member: SignedInMember, session: BenchSession): Promise<RequestOutcome> {
    const participantIds =
      session.audience === "CHILDREN" ? [member.childId] : [member.memberId, member.childId];
    // The URL of the booking form, where a browser posts the action. The
    // action revalidates no path, so the response carries only its result.
    const page = options.action.pagePattern.replace("[slug]", session.slug);
    const response = await callServerAction({
      baseUrl: options.baseUrl,
      action: options.action,
      pagePath: `${page}?session=${encodeURIComponent(session.id)}`,
      argument: { sessionId: session.id, participantIds },
      cookie: member.cookie,
    });
    if (response.redirect) {
      options.succeeded.push({ sessionId: session.id });
      return { ok: true, label: "redirected" };
    }
    if (response.status !== 200) return { ok: false, error: `HTTP ${response.status}` };

    const result = response.result as
      | { ok: true; data?: { id?: string; status?: string } }
      | { ok: false; message: string }
      | undefined;
    if (!result) return { ok: false, error: "no action result in the response" };
    if (!result.ok) return { ok: false, error: `rejected: ${result.message}` };
    const { id, status } = result.data ?? {};
    options.succeeded.push({ sessionId: session.id, bookingId: id, status });
    return { ok: true, label: status ?? "done" };
  }

  return (worker: number): Promise<RequestOutcome> | null => {
    const booking = nextBooking(worker);
    return booking ? book(booking.member, booking.session) : null;
  };
}
