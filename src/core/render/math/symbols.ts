// LaTeX commands → Unicode, only where one character (or a short word) means exactly what the
// command means. Typed for this project; names and code points checked against docutils'
// tex2unichar tables (public domain) and the Unicode "Mathematical Alphanumeric Symbols" block.

/** Commands that stand for one symbol. */
// prettier-ignore
export const SYMBOLS: Readonly<Record<string, string>> = {
  // Greek
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', omicron: 'ο',
  pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ',
  phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  // Large operators
  sum: '∑', prod: '∏', coprod: '∐', int: '∫', iint: '∬', iiint: '∭', oint: '∮',
  bigcup: '⋃', bigcap: '⋂', bigoplus: '⨁', bigotimes: '⨂', bigvee: '⋁', bigwedge: '⋀',
  // Letter-like symbols
  partial: '∂', nabla: '∇', infty: '∞', ell: 'ℓ', hbar: 'ℏ', Re: 'ℜ', Im: 'ℑ', aleph: 'ℵ', wp: '℘',
  emptyset: '∅', varnothing: '∅', forall: '∀', exists: '∃', nexists: '∄', neg: '¬', lnot: '¬',
  top: '⊤', bot: '⊥', angle: '∠', triangle: '△', square: '□', prime: '′', degree: '°',
  // Relations
  leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', approx: '≈', sim: '∼', simeq: '≃',
  cong: '≅', equiv: '≡', propto: '∝', ll: '≪', gg: '≫', prec: '≺', succ: '≻', preceq: '⪯',
  succeq: '⪰', in: '∈', notin: '∉', ni: '∋', subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇',
  perp: '⊥', parallel: '∥', mid: '∣', models: '⊨', vdash: '⊢', dashv: '⊣', doteq: '≐',
  leqslant: '⩽', geqslant: '⩾', lesssim: '≲', gtrsim: '≳', coloneqq: '≔',
  // Arrows
  to: '→', rightarrow: '→', leftarrow: '←', gets: '←', leftrightarrow: '↔', Rightarrow: '⇒',
  Leftarrow: '⇐', Leftrightarrow: '⇔', implies: '⟹', impliedby: '⟸', iff: '⟺', mapsto: '↦',
  longrightarrow: '⟶', longleftarrow: '⟵', longmapsto: '⟼', Longrightarrow: '⟹', uparrow: '↑',
  downarrow: '↓', hookrightarrow: '↪', rightharpoonup: '⇀', nearrow: '↗', searrow: '↘',
  // Binary operators
  cdot: '⋅', times: '×', div: '÷', pm: '±', mp: '∓', circ: '∘', bullet: '∙', star: '⋆', ast: '∗',
  oplus: '⊕', ominus: '⊖', otimes: '⊗', odot: '⊙', cup: '∪', cap: '∩', setminus: '∖', wedge: '∧',
  land: '∧', vee: '∨', lor: '∨', sqcup: '⊔', sqcap: '⊓', uplus: '⊎', dagger: '†', ddagger: '‡',
  // Dots and delimiters
  ldots: '…', dots: '…', dotsc: '…', dotsb: '⋯', cdots: '⋯', vdots: '⋮', ddots: '⋱',
  langle: '⟨', rangle: '⟩', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', vert: '|', lvert: '|',
  rvert: '|', Vert: '‖', lVert: '‖', rVert: '‖', backslash: '\\', colon: ':',
  // Escaped characters
  '{': '{', '}': '}', '%': '%', $: '$', '&': '&', '#': '#', _: '_', '|': '‖',
};

/** Spacing commands: thin spaces vanish, wide ones become a space. */
// prettier-ignore
export const SPACES: Readonly<Record<string, string>> = {
  ',': '', ':': '', ';': '', '!': '', ' ': ' ', quad: ' ', qquad: '  ', enspace: ' ', thinspace: '',
  medspace: '', thickspace: '', negthinspace: '',
};

/** Sizing and delimiter commands that only change how big the next symbol is drawn. */
// prettier-ignore
export const SIZING = new Set([
  'left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr',
  'Biggl', 'Biggr', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits',
]);

/** Operator names, written upright as words. */
// prettier-ignore
export const OPERATOR_NAMES = new Set([
  'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh',
  'log', 'ln', 'lg', 'exp', 'lim', 'liminf', 'limsup', 'max', 'min', 'sup', 'inf', 'arg', 'det',
  'dim', 'ker', 'deg', 'gcd', 'hom', 'Pr', 'mod', 'argmax', 'argmin',
]);

/** Commands whose argument is shown as written text. */
export const TEXT_COMMANDS = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'textsf',
  'texttt',
  'mathrm',
  'mathit',
  'mathsf',
  'mathtt',
  'operatorname',
  'mbox',
  'hbox',
  'emph',
]);

/** Accents over one character, as combining marks. */
// prettier-ignore
export const ACCENTS: Readonly<Record<string, string>> = {
  hat: '\u0302', widehat: '\u0302', bar: '\u0304', overline: '\u0305', tilde: '\u0303', widetilde: '\u0303',
  vec: '\u20d7', overrightarrow: '\u20d7', dot: '\u0307', ddot: '\u0308', acute: '\u0301', grave: '\u0300',
  breve: '\u0306', check: '\u030c', underline: '\u0332',
};
