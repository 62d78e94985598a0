// A long-form technical article of a chosen size, as an author would write one: sections and
// subsections, paragraphs with emphasis, inline code and links, lists, quotes, fenced code in
// several languages and aligned tables. Deterministic: the same size and seed give the same bytes.

const WORDS = [
  'the',
  'pipeline',
  'stage',
  'worker',
  'batch',
  'stream',
  'latency',
  'throughput',
  'cache',
  'index',
  'shard',
  'replica',
  'request',
  'budget',
  'queue',
  'schema',
  'migration',
  'rollout',
  'metric',
  'alert',
  'trace',
  'span',
  'we',
  'it',
  'this',
  'that',
  'every',
  'each',
  'small',
  'slow',
  'fast',
  'simple',
  'because',
  'when',
  'after',
  'before',
  'with',
  'without',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'for',
  'to',
  'is',
  'was',
  'runs',
  'fails',
  'retries',
  'scales',
  'measures',
  'keeps',
  'drops',
  'moves',
  'reads',
  'writes',
];
const TERMS = [
  'backpressure',
  'idempotency',
  'exactly-once delivery',
  'tail latency',
  'cold start',
  'feature store',
  'consistent hashing',
  'write amplification',
  'garbage collection',
  'connection pooling',
];
const IDENTIFIERS = [
  'max_batch_size',
  'retry_after',
  'flush()',
  'commit_offset',
  'ShardMap',
  'read_timeout',
  '--dry-run',
  'p95_ms',
  'QUEUE_DEPTH',
  'on_error',
];

/** mulberry32: small and good enough for bench data. */
function createPicker(seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const one = (items) => items[Math.floor(random() * items.length)];
  return { int, one, chance: (probability) => random() < probability };
}

const capitalize = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;

const plainWords = (pick, min, max) => Array.from({ length: pick.int(min, max) }, () => pick.one(WORDS));

function sentence(pick) {
  const words = plainWords(pick, 8, 20);
  // Roughly one sentence in three carries inline markup, as technical prose does.
  const at = pick.int(1, words.length - 1);
  const markup = pick.int(0, 8);
  if (markup === 0) words[at] = `**${pick.one(TERMS)}**`;
  else if (markup === 1) words[at] = `*${words[at]}*`;
  else if (markup === 2) words[at] = `\`${pick.one(IDENTIFIERS)}\``;
  else if (markup === 3) words[at] = `[${pick.one(TERMS)}](https://example.org/notes/${pick.int(1, 900)})`;
  return `${capitalize(words.join(' '))}.`;
}

const paragraph = (pick) => Array.from({ length: pick.int(3, 7) }, () => sentence(pick)).join(' ');

function codeBlock(pick) {
  const n = pick.int(2, 64);
  const blocks = [
    [
      'python',
      `def drain(queue, limit=${n}):`,
      '    """Take at most `limit` items without blocking."""',
      '    items = []',
      '    while queue and len(items) < limit:',
      '        items.append(queue.popleft())',
      '    return items',
    ],
    [
      'typescript',
      `export async function retry<T>(run: () => Promise<T>, attempts = ${(n % 7) + 2}): Promise<T> {`,
      '  for (let attempt = 1; ; attempt++) {',
      '    try {',
      '      return await run();',
      '    } catch (error) {',
      '      if (attempt >= attempts) throw error;',
      '    }',
      '  }',
      '}',
    ],
    [
      'bash',
      `kubectl scale deployment/ingest --replicas=${n}`,
      'kubectl rollout status deployment/ingest --timeout=120s',
      `curl -s localhost:9090/metrics | grep -E '^ingest_(lag|errors)'`,
    ],
    [
      'json',
      '{',
      `  "stage": "ingest",`,
      `  "maxBatchSize": ${n * 16},`,
      '  "retry": { "attempts": 3, "backoffMs": 250 },',
      '  "sinks": ["warehouse", "search"]',
      '}',
    ],
  ];
  const [language, ...lines] = pick.one(blocks);
  return ['```' + language, ...lines, '```'].join('\n');
}

function table(pick) {
  const rows = Array.from(
    { length: pick.int(3, 8) },
    () => `| ${pick.one(TERMS)} | ${pick.int(1, 999)} ms | ${pick.int(1, 99)}% | ${capitalize(plainWords(pick, 3, 8).join(' '))} |`,
  );
  return ['| Stage | p95 | Share | Notes |', '| :--- | ---: | ---: | --- |', ...rows].join('\n');
}

const list = (pick, ordered) => Array.from({ length: pick.int(3, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(pick)}`).join('\n');

/**
 * Markdown of at most `maxBytes` UTF-8 bytes (and within 1 KB of it), opening with `firstSentence`
 * as its own paragraph so a reader can tell the body is on screen.
 */
export function articleMarkdown(maxBytes, firstSentence, seed = 7) {
  const pick = createPicker(seed);
  const blocks = [firstSentence];
  let bytes = Buffer.byteLength(firstSentence);
  let section = 0;
  for (;;) {
    const kind = pick.int(0, 19);
    let block;
    if (kind === 0) block = `## ${++section}. ${capitalize(pick.one(TERMS))} in practice`;
    else if (kind === 1) block = `### ${capitalize(pick.one(TERMS))}`;
    else if (kind <= 10) block = paragraph(pick);
    else if (kind <= 12) block = codeBlock(pick);
    else if (kind <= 14) block = table(pick);
    else if (kind <= 16) block = list(pick, kind === 16);
    else if (kind === 17) block = `> ${sentence(pick)} ${sentence(pick)}`;
    else continue;
    const size = Buffer.byteLength(block) + 2;
    if (bytes + size > maxBytes - 1) {
      // Too big for the room left: finish once less than 1 KB remains, else try a smaller block.
      if (maxBytes - bytes < 1024) break;
      continue;
    }
    blocks.push(block);
    bytes += size;
  }
  return `${blocks.join('\n\n')}\n`;
}
