// A subscriber of disclosure-pipeline written by no one on the team's Java side: reads reports.validated and
// rollups.changed as CloudEvents (Kafka protocol binding, binary mode) and prints a county's figures.
//
//   npm ci && node subscriber.js --brokers localhost:19092 --county 610722 [--year 2024] [--json]
//
// It reads both topics from the beginning in a fresh consumer group and stops once it has read everything that was
// on them when it started (a subscriber that stays would simply not stop). The last rollup per key wins: each
// record carries the region's full figures, and changedAt orders records of the same region.
const { Kafka, logLevel } = require("kafkajs");
const { Kafka: CloudEventsKafka } = require("cloudevents");

const TOPICS = { validated: "reports.validated", rollups: "rollups.changed" };
const TYPES = { "reports.validated": "report.validated.v1", "rollups.changed": "rollup.changed.v1" };

function options(argv) {
  const o = { brokers: "localhost:19092", county: "610722", year: null, json: false };
  for (let i = 2; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (name === "json") o.json = true;
    else o[name] = argv[++i];
  }
  if (!/^\d{6}$/.test(o.county)) throw new Error(`--county must be a 6-digit county code, not ${o.county}`);
  return o;
}

// kafkajs gives header values as Buffers; the CloudEvents binding reads strings.
function toCloudEvent(message) {
  const headers = {};
  for (const [name, value] of Object.entries(message.headers || {})) headers[name] = value?.toString("utf8");
  const event = CloudEventsKafka.toEvent({ key: message.key?.toString("utf8"), value: message.value, headers });
  event.validate(); // throws unless id, source, type and specversion are there and well formed
  return event;
}

// {"a":{"b":1}} -> {"a.b":1}
function flatten(tree, prefix = "", out = {}) {
  for (const [k, v] of Object.entries(tree || {})) {
    if (v !== null && typeof v === "object") flatten(v, prefix + k + ".", out);
    else out[prefix + k] = v;
  }
  return out;
}

async function endOffsets(admin, topic) {
  const ends = new Map();
  for (const p of await admin.fetchTopicOffsets(topic)) ends.set(p.partition, Number(p.high));
  return ends;
}

async function main() {
  const o = options(process.argv);
  const kafka = new Kafka({ clientId: "node-subscriber", brokers: o.brokers.split(","), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map();
  for (const topic of Object.values(TOPICS)) {
    for (const [partition, high] of await endOffsets(admin, topic)) {
      if (high > 0) remaining.set(`${topic}/${partition}`, high);
    }
  }
  await admin.disconnect();

  const state = { rollup: null, reports: new Map(), skipped: 0 };
  const consumer = kafka.consumer({ groupId: `node-subscriber-${process.pid}-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: Object.values(TOPICS), fromBeginning: true });
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  if (remaining.size === 0) done();
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const key = `${topic}/${partition}`;
      if (remaining.has(key) && Number(message.offset) + 1 >= remaining.get(key)) remaining.delete(key);
      let event;
      try {
        event = toCloudEvent(message);
        if (event.type !== TYPES[topic]) throw new Error(`unexpected type ${event.type}`);
      } catch (e) { // not a CloudEvent of this topic: say so and go on, as a subscriber must
        console.error(`node-subscriber: skipped ${key}@${message.offset}, not a valid ${TYPES[topic]}: ${e.message}`);
        state.skipped++;
        if (remaining.size === 0) done();
        return;
      }
      const data = event.data;
      if (topic === TOPICS.validated && data.agencyCode.startsWith(o.county) && (!o.year || data.year == o.year)) {
        state.reports.set(data.agencyCode + "/" + data.year, data);
      }
      if (topic === TOPICS.rollups && data.regionCode === o.county && (!o.year || data.year == o.year)
          && (!state.rollup || data.changedAt >= state.rollup.changedAt)) {
        state.rollup = data;
      }
      if (remaining.size === 0) done();
    },
  });
  await finished;
  await consumer.disconnect();
  print(o, state);
}

function print(o, state) {
  const r = state.rollup;
  const summary = {
    county: o.county,
    year: r ? r.year : o.year ? Number(o.year) : null,
    validatedReports: r ? r.validatedReports : 0,
    rejectedReports: r ? r.rejectedReports : 0,
    figures: r ? flatten(r.figures) : {},
    reports: [...state.reports.values()].map((d) => ({ agencyCode: d.agencyCode, agencyName: d.agencyName ?? null,
      year: d.year, findings: d.findings.length })).sort((a, b) => a.agencyCode.localeCompare(b.agencyCode)),
    skipped: state.skipped,
  };
  if (o.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(`county ${summary.county}, year ${summary.year ?? "any"}: ${summary.validatedReports} validated, `
    + `${summary.rejectedReports} rejected`);
  for (const [cell, value] of Object.entries(summary.figures)) console.log(`  ${cell} = ${value}`);
  for (const rep of summary.reports) {
    console.log(`  report ${rep.agencyCode} ${rep.agencyName ?? ""} ${rep.year}: validated, ${rep.findings} findings`);
  }
  if (summary.skipped) console.log(`  (${summary.skipped} records skipped: not valid CloudEvents of their topic)`);
}

main().catch((e) => {
  console.error(`node-subscriber: ${e.message}`);
  process.exit(1);
});
