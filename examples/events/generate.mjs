#!/usr/bin/env node
// Writes the example event logs of examples/events/ (README.md there tells each story). Deterministic: a seeded
// PRNG, no dependency, no clock; run it again and the files come out byte for byte the same.
//
//   node examples/events/generate.mjs            # rewrites the files next to this script
//   node examples/events/generate.mjs /tmp/out   # … or into another folder
//
// Each story is a sending plan: per hour, how many messages go out and how recipients take them (read rate, block
// rate and reasons, reports, opt-outs). Every message gets `sent`, then `delivered` (or `failed`), then maybe
// `read`, `blocked`, `reported`, `opted_out`, each some minutes later: feedback lags the send, so blocks keep
// arriving after sending stops. Like Meta, the plans send nothing while a template is paused (a paused template
// cannot be sent): the pause hours written below are the ones `wabalint quality` predicts for these files with
// its default parameters, and test/quality/examples.test.ts checks that no delivery falls inside a predicted pause.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../../bench/generate.mjs';

const OUT = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url));
const HOUR = 3_600_000;
const MINUTE = 60_000;


const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Messages sent per hour of the day (UTC), relative: business hours, quiet nights. */
const DAY_PROFILE = [0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 1.4, 1.6, 1.6, 1.5, 1.4, 1.5, 1.6, 1.6, 1.5, 1.4, 1.3, 1.1, 0.8, 0.5, 0.3, 0.2];

/**
 * Simulates one template's sends. `plan(hourIndex)` returns null (nothing sent that hour) or
 * `{ perHour, read, block, reasons: { reason: weight }, report, optOut, fail }`; `forced` blocks go to the first
 * messages of the hours they name. Returns the events in time order, up to `end`.
 */
function simulate({ r, start, hours, end, plan, phone, forced = {} }) {
  const events = [];
  const exp = (mean) => -mean * Math.log(1 - r());
  const pick = (weights) => {
    const entries = Object.entries(weights);
    let u = r() * entries.reduce((a, [, w]) => a + w, 0);
    for (const [k, w] of entries) if ((u -= w) < 0) return k;
    return entries.at(-1)[0];
  };
  let serial = 0;
  for (let h = 0; h < hours; h++) {
    const p = plan(h);
    if (!p) continue;
    const n = Math.max(0, Math.round(p.perHour * (0.85 + 0.3 * r())));
    const forcedHere = [...(forced[h] ?? [])];
    for (let k = 0; k < n; k++) {
      const t = start + h * HOUR + Math.floor(r() * HOUR);
      let id = 'wamid.';
      for (let i = 0; i < 12; i++) id += B64[Math.floor(r() * 62)];
      serial++;
      const to = phone(r);
      events.push({ t, event: 'sent', id, to, first: true });
      if (r() < (p.fail ?? 0.01)) {
        events.push({ t: t + 1000 + Math.floor(r() * 4000), event: 'failed', id, to, code: r() < 0.5 ? 131026 : 131049 });
        continue;
      }
      const delivered = t + 1000 + Math.floor(r() * 30_000);
      events.push({ t: delivered, event: 'delivered', id, to });
      const f = forcedHere.shift();
      if (f) {
        events.push({ t: delivered + f.after * MINUTE, event: 'blocked', id, to, reason: f.reason });
        continue;
      }
      if (r() < p.read) events.push({ t: delivered + Math.floor(exp(25 * MINUTE)), event: 'read', id, to });
      if (r() < p.block) events.push({ t: delivered + Math.floor(exp(40 * MINUTE)), event: 'blocked', id, to, reason: pick(p.reasons) });
      else if (r() < (p.report ?? 0)) events.push({ t: delivered + Math.floor(exp(40 * MINUTE)), event: 'reported', id, to });
      else if (r() < (p.optOut ?? 0)) events.push({ t: delivered + Math.floor(exp(30 * MINUTE)), event: 'opted_out', id, to });
    }
  }
  return events.filter((e) => e.t < end).sort((a, b) => a.t - b.t || Number(b.first ?? false) - Number(a.first ?? false));
}

const frenchMobile = (r) => `33${r() < 0.7 ? 6 : 7}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`;
const usMobile = (r) => `1${['415', '646', '312', '617'][Math.floor(r() * 4)]}${String(2_000_000 + Math.floor(r() * 7_999_999))}`;

/** A normalised event line, keys in the usual order; the reason for blocks, the error code for failures. */
function normalised(e, template, language, extra = {}) {
  const line = { time: iso(e.t), template, language, event: e.event, message_id: e.id, recipient: e.to };
  if (e.reason) line.reason = e.reason;
  if (e.code) line.error_code = e.code;
  return JSON.stringify({ ...line, ...(e.event === 'sent' ? extra : {}) });
}

function write(name, lines) {
  const text = lines.join('\n') + '\n';
  writeFileSync(join(OUT, name), text);
  console.log(`${name}: ${lines.length} lines, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}

mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------------------------------
// (a) utility-clean.jsonl: order_shipped (en_US, UTILITY), three quiet days.

{
  const r = rng(1);
  const start = Date.UTC(2026, 2, 2); // Monday 2 March 2026
  const events = simulate({
    r,
    start,
    hours: 72,
    end: start + 72 * HOUR,
    phone: usMobile,
    plan: (h) => ({ perHour: 9 * DAY_PROFILE[h % 24], read: 0.85, block: 0, reasons: {}, fail: 0.01 }),
    // One customer blocks on Tuesday afternoon: "no longer needed", the parcel has arrived.
    forced: { [24 + 14]: [{ reason: 'no_longer_needed', after: 35 }] },
  });
  write('utility-clean.jsonl', events.map((e) => normalised(e, 'order_shipped', 'en_US', { category: 'UTILITY' })));
}

// ---------------------------------------------------------------------------------------------------------------
// (b) marketing-paused.jsonl: soldes_hiver (fr, MARKETING), the first day of the French winter sales to an opted-in
// list, the second day to a bought list too: blocks and STOP replies pile up, YELLOW, RED, paused 3 h. Sending
// stops for the pause; the bought list is dropped; the third day goes to the opted-in list again.

const PAUSED = { redHour: 24 + 24 + 14, pauseHours: 3 };
{
  const r = rng(2);
  const start = Date.UTC(2026, 0, 6); // Tuesday 6 January 2026, the day before the sales
  const hours = 4 * 24;
  const pauseFrom = PAUSED.redHour + 1;
  const pauseTo = pauseFrom + PAUSED.pauseHours;
  const optedIn = { read: 0.55, block: 0.001, reasons: { no_longer_needed: 2, spam: 1 }, optOut: 0.002 };
  const bought = { read: 0.22, block: 0.03, reasons: { spam: 5, didnt_sign_up: 4, other: 1 }, report: 0.004, optOut: 0.025 };
  const events = simulate({
    r,
    start,
    hours,
    end: start + (24 + 24 + 24 + 16) * HOUR,
    phone: frenchMobile,
    plan: (h) => {
      const day = Math.floor(h / 24);
      const hourOfDay = h % 24;
      if (hourOfDay < 7 || hourOfDay > 18) return null; // 08:00–19:59 Paris
      if (day === 1) return { perHour: 24, ...optedIn };
      if (day === 2) {
        if (h >= pauseFrom && h < pauseTo) return null; // paused: Meta refuses the sends
        if (h >= pauseTo) return null; // the marketer stops for the day and drops the bought list
        return hourOfDay < 10 ? { perHour: 24, ...optedIn } : { perHour: 45, ...bought };
      }
      if (day === 3) return hourOfDay < 15 ? { perHour: 24, ...optedIn } : null;
      return null;
    },
  });
  const approved = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        time: Math.floor(Date.UTC(2026, 0, 6, 16, 2, 11) / 1000),
        changes: [
          {
            field: 'message_template_status_update',
            value: {
              event: 'APPROVED',
              message_template_id: 1689556908129835,
              message_template_name: 'soldes_hiver',
              message_template_language: 'fr',
              reason: 'NONE',
              message_template_category: 'MARKETING',
            },
          },
        ],
      },
    ],
  };
  write('marketing-paused.jsonl', [JSON.stringify(approved), ...events.map((e) => normalised(e, 'soldes_hiver', 'fr'))]);
}

// ---------------------------------------------------------------------------------------------------------------
// (c) marketing-disabled.jsonl: spring_flash_sale (en_US, MARKETING in the log's `category` field), blasted to a
// bought list; the sender resumes the blast after each pause: RED, 3 h pause, RED, 6 h pause, RED, disabled.

const DISABLED = { pauses: [[15, 18], [20, 26]], disabledAfter: 28 };
{
  const r = rng(3);
  const start = Date.UTC(2026, 2, 20); // Friday 20 March 2026
  const blast = { perHour: 70, read: 0.2, block: 0.045, reasons: { spam: 6, didnt_sign_up: 3, offensive: 1 }, report: 0.006, optOut: 0.02, fail: 0.02 };
  const events = simulate({
    r,
    start,
    hours: 40,
    end: start + 40 * HOUR,
    phone: usMobile,
    plan: (h) => {
      if (h < 13) return null;
      if (DISABLED.pauses.some(([from, to]) => h >= from && h < to)) return null;
      if (h >= DISABLED.disabledAfter) return null;
      return blast;
    },
  });
  write('marketing-disabled.jsonl', events.map((e) => normalised(e, 'spring_flash_sale', 'en_US', { category: 'MARKETING' })));
}

// ---------------------------------------------------------------------------------------------------------------
// (d) webhooks.jsonl + sends.csv: what Meta posts to the webhook, as received, and the send log that maps each
// wamid to its template. bouquets_printemps (fr, MARKETING) goes to 150 customers on Monday morning; replies
// and preferences come back; commande_confirmee (fr, UTILITY) runs beside it at low volume.

{
  const r = rng(4);
  const start = Date.UTC(2026, 2, 16); // Monday 16 March 2026
  const WABA = '102290129340398';
  const PHONE = { display_phone_number: '33185000000', phone_number_id: '106540352242922' };
  const TEMPLATE_ID = { bouquets_printemps: '1689556908129835', commande_confirmee: '1204773350871163' };
  const sec = (ms) => String(Math.floor(ms / 1000));
  const body = (field, value, time) => JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: WABA, ...(time ? { time: Math.floor(time / 1000) } : {}), changes: [{ value, field }] }] });
  const wamid = () => {
    let s = 'wamid.HBgLMzM';
    for (let i = 0; i < 44; i++) s += B64[Math.floor(r() * 62)];
    return s + 'AA==';
  };
  const out = []; // { t, line }
  const sends = []; // csv rows
  const customers = Array.from({ length: 400 }, () => frenchMobile(r));

  // What each status webhook looks like.
  const status = (m, name, event, t, errors) => {
    const s = { id: m.id, status: event, timestamp: sec(t), recipient_id: m.to };
    if (event !== 'failed') {
      if (event === 'sent') s.conversation = { id: m.conversation, origin: { type: m.category.toLowerCase() } };
      s.pricing = { billable: true, pricing_model: 'PMP', category: m.category.toLowerCase(), type: 'regular' };
    }
    if (errors) s.errors = errors;
    out.push({ t, line: body('messages', { messaging_product: 'whatsapp', metadata: PHONE, statuses: [s] }) });
  };
  const inbound = (from, t, message) => {
    out.push({
      t,
      line: body('messages', {
        messaging_product: 'whatsapp',
        metadata: PHONE,
        contacts: [{ profile: { name: 'Client' }, wa_id: from }],
        messages: [{ from, id: wamid(), timestamp: sec(t), ...message }],
      }),
    });
  };
  const send = (name, category, to, t, { read = 0.5, fail } = {}) => {
    const m = { id: wamid(), to, category, conversation: Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('') };
    sends.push([iso(t), m.id, name, 'fr', category, to, TEMPLATE_ID[name]]);
    status(m, name, 'sent', t + 2000);
    if (fail) {
      status(m, name, 'failed', t + 4000, [fail]);
      return m;
    }
    m.delivered = t + 3000 + Math.floor(r() * 20_000);
    status(m, name, 'delivered', m.delivered);
    if (r() < read) status(m, name, 'read', m.delivered + Math.floor(-25 * MINUTE * Math.log(1 - r())));
    return m;
  };

  // Meta approved both templates the week before.
  for (const [name, category, day] of [['bouquets_printemps', 'MARKETING', 12], ['commande_confirmee', 'UTILITY', 9]]) {
    const t = Date.UTC(2026, 2, day, 10, 18, 7);
    out.push({
      t,
      line: body('message_template_status_update', { event: 'APPROVED', message_template_id: Number(TEMPLATE_ID[name]), message_template_name: name, message_template_language: 'fr', reason: 'NONE', message_template_category: category }, t),
    });
  }

  // Order confirmations all day long to 40 customers (not enough volume to be rated).
  for (let i = 0; i < 40; i++) send('commande_confirmee', 'UTILITY', customers[200 + i], start + 8 * HOUR + Math.floor(r() * 12 * HOUR), { read: 0.9 });

  // The campaign: 150 customers between 09:00 and 11:00 UTC.
  const campaign = [];
  for (let i = 0; i < 150; i++) {
    const t = start + 9 * HOUR + Math.floor((i / 150) * 2 * HOUR) + Math.floor(r() * 40_000);
    const fail =
      i === 17
        ? { code: 131050, title: 'Unable to deliver message', message: 'Unable to deliver message', error_data: { details: 'The user has stopped marketing messages from this business.' } }
        : i === 90
          ? { code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.', message: 'This message was not delivered to maintain healthy ecosystem engagement.', error_data: { details: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.' } }
          : undefined;
    campaign.push(send('bouquets_printemps', 'MARKETING', customers[i], t, { read: 0.55, fail }));
  }
  const delivered = campaign.filter((m) => m.delivered);
  const later = (m, minutes) => m.delivered + minutes * MINUTE;

  // Replies: STOP, « Arrêt », the "Unsubscribe from Promos" quick reply, a marketing stop in WhatsApp's settings.
  inbound(delivered[3].to, later(delivered[3], 12), { type: 'text', text: { body: 'STOP' } });
  inbound(delivered[41].to, later(delivered[41], 47), { type: 'text', text: { body: 'Arrêt' } });
  inbound(delivered[60].to, later(delivered[60], 8), { context: { from: PHONE.display_phone_number, id: delivered[60].id }, type: 'button', button: { payload: 'Unsubscribe from Promos', text: 'Unsubscribe from Promos' } });
  {
    const m = delivered[102];
    const t = later(m, 95);
    out.push({
      t,
      line: body('user_preferences', {
        messaging_product: 'whatsapp',
        metadata: PHONE,
        contacts: [{ profile: { name: 'Client' }, wa_id: m.to }],
        user_preferences: [{ wa_id: m.to, detail: 'User requested to stop marketing messages', category: 'marketing_messages', value: 'stop', timestamp: Math.floor(t / 1000) }],
      }),
    });
  }
  // A happy customer answers the campaign: a reply, not an opt-out.
  inbound(delivered[20].to, later(delivered[20], 5), { context: { from: PHONE.display_phone_number, id: delivered[20].id }, type: 'text', text: { body: 'Magnifique, je commande le bouquet pivoines !' } });
  // STOP from a customer who only ever got an order confirmation: no marketing to pin it on (unattributed).
  inbound(customers[205], start + 15 * HOUR + 17 * MINUTE, { type: 'text', text: { body: 'STOP' } });
  // A status for a message another tool sent (not in the send log): unattributed too.
  {
    const stranger = { id: wamid(), to: customers[399], category: 'MARKETING', conversation: 'c0ffee00c0ffee00c0ffee00c0ffee00' };
    status(stranger, '?', 'delivered', start + 12 * HOUR + 4 * MINUTE);
  }
  // What Meta said: the rating fell to YELLOW at the end of the morning.
  {
    const t = Date.UTC(2026, 2, 16, 13, 0, 31);
    out.push({
      t,
      line: body('message_template_quality_update', { previous_quality_score: 'GREEN', new_quality_score: 'YELLOW', message_template_id: Number(TEMPLATE_ID.bouquets_printemps), message_template_name: 'bouquets_printemps', message_template_language: 'fr' }, t),
    });
  }
  out.sort((a, b) => a.t - b.t);
  write('webhooks.jsonl', out.map((o) => o.line));
  sends.sort((a, b) => a[0].localeCompare(b[0]));
  write('sends.csv', ['time,message_id,template,language,category,recipient,template_id', ...sends.map((row) => row.join(','))]);
}

// ---------------------------------------------------------------------------------------------------------------
// (e) hourly-counts.csv: a week of hourly counts per template, event and block reason, as a warehouse query
// returns them (README.md has the SQL). rappel_rdv_veille (fr) stays GREEN; summer_sale (en_US) sends a daily
// newsletter whose audience tires of it: blocks creep up day after day, GREEN → YELLOW.

{
  const r = rng(5);
  const start = Date.UTC(2026, 2, 9); // Monday 9 March 2026
  const rows = [];
  const binomial = (n, p) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (r() < p) k++;
    return k;
  };
  const hourText = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  for (let h = 0; h < 7 * 24; h++) {
    const t = start + h * HOUR;
    const day = Math.floor(h / 24);
    const hourOfDay = h % 24;
    const groups = [];
    // Appointment reminders, 09:00–18:59 Paris time, every day.
    if (hourOfDay >= 8 && hourOfDay <= 17) groups.push({ template: 'rappel_rdv_veille', language: 'fr', n: 15, read: 0.9, block: 0.0008, reasons: ['no_longer_needed'], optOut: 0 });
    // The newsletter: 10:00–15:59 UTC; a little more tired each day.
    if (hourOfDay >= 10 && hourOfDay <= 15) groups.push({ template: 'summer_sale', language: 'en_US', n: 40, read: 0.45 - 0.03 * day, block: 0.002 + 0.0012 * day, reasons: ['spam', 'no_longer_needed', 'no_longer_needed', 'other'], optOut: 0.003 + 0.0005 * day });
    for (const g of groups) {
      const sent = Math.round(g.n * (0.85 + 0.3 * r()));
      const failed = binomial(sent, 0.01);
      const delivered = sent - failed;
      const counts = [
        ['sent', sent],
        ['delivered', delivered],
        ['failed', failed],
        ['read', binomial(delivered, g.read)],
        ['opted_out', binomial(delivered, g.optOut)],
      ];
      const blocks = {};
      for (let i = binomial(delivered, g.block); i > 0; i--) {
        const reason = g.reasons[Math.floor(r() * g.reasons.length)];
        blocks[reason] = (blocks[reason] ?? 0) + 1;
      }
      for (const [event, count] of counts) if (count > 0) rows.push([hourText(t), g.template, g.language, event, count, '']);
      for (const reason of Object.keys(blocks).sort()) rows.push([hourText(t), g.template, g.language, 'blocked', blocks[reason], reason]);
    }
  }
  write('hourly-counts.csv', ['hour,template,language,event,count,reason', ...rows.map((row) => row.join(','))]);
}
