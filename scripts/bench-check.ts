// The final consistency check, in SQL, once the load has stopped: places
// are never oversold, the session counters equal the participants, and the
// database agrees with the server's response to each booking request.
import pg from "pg";

/** One booking request that succeeded. */
export type SucceededBooking = {
  sessionId: string;
  /** Booking id and status from the action's result, when it returned them. */
  bookingId?: string;
  status?: string;
};

export type CheckResult = {
  passed: boolean;
  /** One line per failed rule, with up to three examples. */
  failures: string[];
  /** Bookings in the database by status. */
  bookingsByStatus: Map<string, number>;
  /** Sessions whose places are all confirmed or offered. */
  fullSessions: number;
};

// Each query returns the rows that break one rule, so an empty result passes.
const RULES: { name: string; sql: string }[] = [
  {
    name: "sessions with more confirmed participants than places",
    sql: `SELECT s.id, s.capacity, COUNT(p.id) AS confirmed
          FROM "OfferSession" s
          JOIN "Booking" b ON b."sessionId" = s.id AND b.status = 'CONFIRMED'
          JOIN "BookingParticipant" p ON p."bookingId" = b.id
          GROUP BY s.id HAVING COUNT(p.id) > s.capacity`,
  },
  {
    name: "sessions whose confirmedPlaces or offeredPlaces differ from their participants",
    sql: `SELECT s.id, s."confirmedPlaces", s."offeredPlaces",
                 COUNT(p.id) FILTER (WHERE b.status = 'CONFIRMED') AS confirmed,
                 COUNT(p.id) FILTER (WHERE b.status = 'OFFERED') AS offered
          FROM "OfferSession" s
          LEFT JOIN "Booking" b ON b."sessionId" = s.id
          LEFT JOIN "BookingParticipant" p ON p."bookingId" = b.id
          GROUP BY s.id
          HAVING s."confirmedPlaces" <> COUNT(p.id) FILTER (WHERE b.status = 'CONFIRMED')
              OR s."offeredPlaces" <> COUNT(p.id) FILTER (WHERE b.status = 'OFFERED')`,
  },
  {
    name: "bookings whose places differ from their number of participants",
    sql: `SELECT b.id, b.places, COUNT(p.id) AS participants
          FROM "Booking" b LEFT JOIN "BookingParticipant" p ON p."bookingId" = b.id
          GROUP BY b.id HAVING b.places <> COUNT(p.id)`,
  },
  {
    name: "people in two active bookings of the same session",
    sql: `SELECT b."sessionId", COALESCE(p."memberId", p."dependantId") AS person,
                 COUNT(*) AS bookings
          FROM "BookingParticipant" p JOIN "Booking" b ON b.id = p."bookingId"
          WHERE b.status IN ('PENDING', 'CONFIRMED', 'WAITING', 'OFFERED')
          GROUP BY b."sessionId", COALESCE(p."memberId", p."dependantId")
          HAVING COUNT(*) > 1`,
  },
  {
    // The benchmark never cancels, so free places only shrink during the
    // run: a booking put on the waiting list still does not fit at the end.
    name: "waiting bookings that fit in the places still free",
    sql: `SELECT b.id, b.places, s.capacity - s."confirmedPlaces" - s."offeredPlaces" AS free
          FROM "Booking" b JOIN "OfferSession" s ON s.id = b."sessionId"
          WHERE b.status = 'WAITING' AND s.mode = 'FIRST_COME'
            AND s.capacity - s."confirmedPlaces" - s."offeredPlaces" >= b.places`,
  },
];

function describe(rows: Record<string, unknown>[]) {
  return rows
    .slice(0, 3)
    .map((row) => JSON.stringify(row))
    .join("; ");
}

/** Compares the server's responses with the bookings in the database. */
async function compareResponses(
  client: pg.Client,
  succeeded: SucceededBooking[],
): Promise<string[]> {
  const failures: string[] = [];
  const { rows } = await client.query<{ id: string; status: string }>(
    `SELECT id, status::text AS status FROM "Booking"`,
  );
  if (rows.length !== succeeded.length) {
    failures.push(
      `${succeeded.length} booking requests succeeded but the database has ${rows.length} bookings`,
    );
  }
  const statusById = new Map(rows.map((row) => [row.id, row.status]));
  const mismatches = succeeded.filter(
    (booking) =>
      booking.bookingId !== undefined &&
      booking.status !== undefined &&
      statusById.get(booking.bookingId) !== booking.status,
  );
  if (mismatches.length > 0) {
    const examples = mismatches
      .slice(0, 3)
      .map(
        (booking) =>
          `${booking.bookingId}: ${booking.status} → ${statusById.get(booking.bookingId!)}`,
      );
    failures.push(
      `${mismatches.length} bookings whose status in the database differs from the response ` +
        `(${examples.join("; ")})`,
    );
  }
  return failures;
}

/** Runs every rule on the benchmark's database and compares it with the responses. */
export async function checkBookings(
  databaseUrl: string,
  succeeded: SucceededBooking[],
): Promise<CheckResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const failures: string[] = [];
    for (const rule of RULES) {
      const { rows } = await client.query(rule.sql);
      if (rows.length > 0) failures.push(`${rows.length} ${rule.name} (${describe(rows)})`);
    }
    failures.push(...(await compareResponses(client, succeeded)));

    const byStatus = await client.query<{ status: string; count: string }>(
      `SELECT status::text AS status, COUNT(*) AS count FROM "Booking" GROUP BY status`,
    );
    const full = await client.query<{ count: string }>(
      `SELECT COUNT(*) AS count FROM "OfferSession"
       WHERE "confirmedPlaces" + "offeredPlaces" >= capacity`,
    );
    return {
      passed: failures.length === 0,
      failures,
      bookingsByStatus: new Map(byStatus.rows.map((row) => [row.status, Number(row.count)])),
      fullSessions: Number(full.rows[0].count),
    };
  } finally {
    await client.end();
  }
}
