import type { Rubric } from '../rubric.ts';

/** What a reviewer scores in a data model: anchored levels so two reviewers read the same answer alike. */
export const designTheDataModelRubric: Rubric = {
  criteria: [
    {
      id: 'entities-and-keys',
      title: 'Entities and keys',
      guidance:
        'Are the things the business talks about (tool, copy, library, member, membership, reservation, loan, fee, payment, repair) separate entities with sensible keys? Look for the tool/copy split and a reason for each key.',
      levels: [
        {
          score: 1,
          description:
            'One or two wide tables mirror the spreadsheet; tool and copy are mixed up; keys are missing or are mutable values such as names.',
        },
        {
          score: 2,
          description:
            'Most entities are there but some are merged (reservation and loan as one row, fees as a column on the loan); keys are given without reasons.',
        },
        {
          score: 3,
          description:
            'Every entity the brief needs, with a stable primary key each and natural unique keys where they exist (the copy barcode, the member e-mail); the tool/copy split is clear.',
        },
        {
          score: 4,
          description:
            'As 3, and the choices are argued: surrogate versus natural keys, what happens to history when a member leaves or a copy is retired, money stored in minor units with its currency.',
        },
      ],
    },
    {
      id: 'relationships',
      title: 'Relationships and cardinality',
      guidance:
        'Do the foreign keys follow the business: a reservation asks for a tool at a library, a loan lends one copy, fees and payments hang off loans and members?',
      levels: [
        {
          score: 1,
          description:
            'Relationships are missing or wrong (a reservation points at a copy the member chose; payments cannot be traced to what they paid).',
        },
        {
          score: 2,
          description:
            'The main foreign keys are right, but the cardinality is unclear or a many-to-many relationship is squeezed into a column.',
        },
        {
          score: 3,
          description:
            'Every relationship with its cardinality and direction; optional links (a loan without a reservation, a payment covering several fees) are handled.',
        },
        {
          score: 4,
          description:
            'As 3, and deletion behaviour is decided per relationship (restrict, cascade, keep history), with a reason that follows from the audit needs.',
        },
      ],
    },
    {
      id: 'integrity',
      title: 'Integrity rules and constraints',
      guidance:
        'Which rules does the database itself guarantee: one open loan per copy, no overlapping reservations for the same copy, at most five tools per member, no lending a copy in repair?',
      levels: [
        {
          score: 1,
          description:
            'No constraints beyond keys; every rule is left to "the application will check" without thinking about two staff members acting at once.',
        },
        {
          score: 2,
          description:
            'Simple constraints (NOT NULL, CHECK on statuses, UNIQUE barcode) but the hard rules — one open loan per copy, no overlaps — are not enforced or not discussed.',
        },
        {
          score: 3,
          description:
            'The hard rules are enforced where the database can do it (a partial unique index on open loans, an exclusion constraint or locking for overlaps) and the rest is assigned to the application with the race conditions named.',
        },
        {
          score: 4,
          description:
            'As 3, and the limits are honest: which rule needs a transaction with a lock (the five-tool limit), what the isolation level must be, and how a violation reaches staff as a clear message.',
        },
      ],
    },
    {
      id: 'queries',
      title: 'Answering the questions',
      guidance:
        'Can the four questions be answered from the model, and does the candidate name the indexes that make them fast?',
      levels: [
        {
          score: 1,
          description: 'The model cannot answer two or more of the questions, or the answers are hand-waved.',
        },
        {
          score: 2,
          description:
            'Most questions are answered, but with gaps (the fee owed ignores waivers or partial payments) and no thought about indexes.',
        },
        {
          score: 3,
          description:
            'All four answered with query sketches that would work, and the indexes that serve them (for example on open loans by due date, on reservations by tool, library and dates).',
        },
        {
          score: 4,
          description:
            'As 3, and they weigh computing against storing (a running balance versus summing fees and payments; unserved reservations recorded as such) with the cost of each.',
        },
      ],
    },
    {
      id: 'evolution',
      title: 'Evolution and migration',
      guidance:
        'How does the model take in deliveries and partner libraries, and how would the change roll out on a live service?',
      levels: [
        {
          score: 1,
          description: 'Evolution is not addressed, or the answer is "rebuild the database".',
        },
        {
          score: 2,
          description:
            'New tables or columns are sketched for one of the changes; tenancy for partner libraries is missing or bolted on without isolation.',
        },
        {
          score: 3,
          description:
            'Both changes fit: deliveries as their own entity linked to the loan, a tenant key on every table (or a schema per tenant) with the choice explained; migrations are additive and backward compatible.',
        },
        {
          score: 4,
          description:
            'As 3, and a concrete zero-downtime plan (expand, backfill, switch, contract), plus what the tenancy choice means for indexes, unique keys and reports.',
        },
      ],
    },
    {
      id: 'communication',
      title: 'Trade-offs and communication',
      guidance:
        'Could a colleague build from this document? Are assumptions written down and alternatives weighed?',
      levels: [
        {
          score: 1,
          description: 'Hard to follow; no rationale; assumptions are hidden in the design.',
        },
        {
          score: 2,
          description:
            'Readable, but decisions are stated without reasons and open questions are not raised.',
        },
        {
          score: 3,
          description:
            'Clear and organised; the main decisions come with a reason and at least one rejected alternative; assumptions are listed.',
        },
        {
          score: 4,
          description:
            'As 3, and concise: it names what they are unsure of and what they would ask the business, and a newcomer could build the schema from it without a meeting.',
        },
      ],
    },
  ],
};
