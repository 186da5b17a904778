-- A NOTIFY only when a worker may be waiting for one. NOTIFY takes a database-wide lock from the
-- commit until after its WAL flush, so when every booking notified, all bookings committed one
-- after the other (no group commit) and that lock, not the work, set the pace. Measured on the
-- development machine (2 cores, shared), book_appointment() alone at 50 connections: about 300-900
-- bookings per second with a NOTIFY in each, 1,700-3,100 without.

-- Whether a notification worker may be idle, waiting for a NOTIFY (one row). A worker sets it when
-- it has found nothing due (notification_worker_idle()); the first transaction that queues a
-- message afterwards clears it and notifies. While it is clear, the worker is busy and bound to
-- look again after every transaction that queued meanwhile has committed (lock below).
CREATE TABLE "notification_wakeup" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "worker_idle" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "notification_wakeup_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_wakeup_one_row" CHECK ("id" = 1)
);
INSERT INTO "notification_wakeup" ("id", "worker_idle") VALUES (1, true);

-- Writes outbox rows (one per recipient, as lib/notifications/outbox.ts builds them) and wakes the
-- worker if it may be idle. NOTIFY is transactional: the worker hears of the rows only when they
-- are committed. The channel name is OUTBOX_CHANNEL in lib/notifications/outbox.ts.
-- The advisory lock (20261130, 1) (two-key form, apart from the one-key locks per contact) is
-- held shared by every transaction that queued, until it ends; notification_worker_idle() takes it
-- exclusively, so a worker declares itself idle only after they have all committed or rolled back,
-- and its last look for due messages comes after that. A transaction that cannot get the lock, or
-- finds another one clearing the flag (which might still roll back), notifies to be safe.
CREATE FUNCTION "queue_outbox"(p_rows JSONB) RETURNS INTEGER
LANGUAGE plpgsql AS $$
DECLARE
    queued INTEGER;
    idle BOOLEAN;
BEGIN
    INSERT INTO notification_outbox (id, kind, transport, recipient, subject, body, attachments, appointment_id, submission_id, send_after)
    SELECT gen_random_uuid(), m.kind, m.transport, m.recipient, m.subject, m.body, coalesce(m.attachments, '[]'),
           m.appointment_id, m.submission_id, coalesce(m.send_after, now())
      FROM jsonb_populate_recordset(NULL::notification_outbox, p_rows) AS m;
    GET DIAGNOSTICS queued = ROW_COUNT;
    IF queued = 0 THEN
        RETURN 0;
    END IF;
    -- The flag is read with a fresh snapshot per statement only under READ COMMITTED; under a
    -- stricter level it could be stale, so such transactions always notify.
    IF current_setting('transaction_isolation') = 'read committed' AND pg_try_advisory_xact_lock_shared(20261130, 1) THEN
        SELECT w.worker_idle INTO idle FROM notification_wakeup w;
        IF idle IS NOT NULL AND NOT idle THEN
            RETURN queued;
        END IF;
        SELECT w.worker_idle INTO idle FROM notification_wakeup w FOR UPDATE SKIP LOCKED;
        IF FOUND AND NOT idle THEN
            RETURN queued;
        ELSIF FOUND THEN
            UPDATE notification_wakeup SET worker_idle = false;
        END IF;
    END IF;
    PERFORM pg_notify('zugang_outbox', '');
    RETURN queued;
END $$;

-- A worker that found nothing due declares itself idle, after every transaction that is queueing
-- messages right now has ended (exclusive lock); it then looks once more for due messages.
CREATE FUNCTION "notification_worker_idle"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(20261130, 1);
    UPDATE notification_wakeup SET worker_idle = true;
END $$;
