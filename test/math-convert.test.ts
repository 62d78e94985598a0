// The math converter, command by command: what each becomes, and what stays as written.
import { describe, expect, it } from 'vitest';
import { convertMath } from '../src/core/render/math/convert.js';

// prettier-ignore
const CONVERTED: [tex: string, shown: string][] = [
  // Greek
  [String.raw`\alpha \beta \gamma \delta`, 'α β γ δ'],
  [String.raw`\epsilon \varepsilon \theta \vartheta \phi \varphi`, 'ϵ ε θ ϑ ϕ φ'],
  [String.raw`\lambda \mu \pi \sigma \tau \omega`, 'λ μ π σ τ ω'],
  [String.raw`\Gamma \Delta \Theta \Lambda \Sigma \Phi \Psi \Omega`, 'Γ Δ Θ Λ Σ Φ Ψ Ω'],
  // Large operators and letter-like symbols
  [String.raw`\sum \prod \int \oint`, '∑ ∏ ∫ ∮'],
  [String.raw`\partial \nabla \infty \ell \hbar \emptyset`, '∂ ∇ ∞ ℓ ℏ ∅'],
  [String.raw`\forall x \exists y \neg p`, '∀ x ∃ y ¬ p'],
  // Relations
  [String.raw`a \leq b \geq c \neq d \approx e`, 'a ≤ b ≥ c ≠ d ≈ e'],
  [String.raw`a \le b \ge c \ne d`, 'a ≤ b ≥ c ≠ d'],
  [String.raw`x \sim p \propto q \equiv r`, 'x ∼ p ∝ q ≡ r'],
  [String.raw`x \in A \notin B \subset C \subseteq D`, 'x ∈ A ∉ B ⊂ C ⊆ D'],
  [String.raw`A \cup B \cap C \setminus D`, 'A ∪ B ∩ C ∖ D'],
  [String.raw`p(y \mid x)`, 'p(y ∣ x)'],
  // Arrows
  [String.raw`f: X \to Y`, 'f: X → Y'],
  [String.raw`a \rightarrow b \leftarrow c \Rightarrow d \iff e`, 'a → b ← c ⇒ d ⟺ e'],
  [String.raw`x \mapsto x^2`, 'x ↦ x²'],
  // Binary operators
  [String.raw`a \cdot b \times c \pm d \circ e`, 'a ⋅ b × c ± d ∘ e'],
  [String.raw`u \otimes v \oplus w`, 'u ⊗ v ⊕ w'],
  [String.raw`1, \dots, n \ldots \cdots`, '1, …, n … ⋯'],
  // Delimiters
  [String.raw`\langle x, y \rangle`, '⟨x, y⟩'],
  [String.raw`\lfloor x \rfloor \lceil y \rceil`, '⌊x⌋ ⌈y⌉'],
  [String.raw`\|x\|_2`, '‖x‖₂'],
  [String.raw`\{1, 2\}`, '{1, 2}'],
  [String.raw`\left( \frac{a}{b} \right)`, '(a/b)'],
  [String.raw`\left. f \right|_{x=0}`, 'f |ₓ₌₀'],
  [String.raw`\big( x \Big)`, '(x)'],
  // Spacing
  [String.raw`\int f(x)\,dx`, '∫ f(x)dx'],
  [String.raw`a \quad b`, 'a b'],
  [String.raw`a\;b\!c`, 'abc'],
  // Alphabets
  [String.raw`\mathbb{R}^n`, 'ℝⁿ'],
  [String.raw`\mathbb{E}[X] \mathbb{N} \mathbb{Z} \mathbb{Q} \mathbb{C}`, '𝔼[X] ℕ ℤ ℚ ℂ'],
  [String.raw`\mathcal{L}(\theta)`, '𝓛(θ)'],
  [String.raw`\mathbf{x}^\top \mathbf{W}`, '𝐱^⊤ 𝐖'],
  [String.raw`\boldsymbol{\mu}`, 'μ'],
  [String.raw`\mathfrak{g} \mathscr{F}`, '𝔤 ℱ'],
  [String.raw`\mathbb{1}_{x>0}`, '𝟙_(x>0)'],
  // Scripts
  [String.raw`x^2 + y^{10}`, 'x² + y¹⁰'],
  [String.raw`x_i x_{ij} x_{t-1}`, 'xᵢ xᵢⱼ xₜ₋₁'],
  [String.raw`x_{(t-1)}`, 'x₍ₜ₋₁₎'],
  [String.raw`f_{n - 1}`, 'fₙ₋₁'],
  [String.raw`W^T`, 'Wᵀ'],
  [String.raw`x^{i,j} y_{\text{max}}`, 'x^(i,j) yₘₐₓ'],
  [String.raw`e^{-x^2}`, 'e^(-x²)'],
  [String.raw`\sum_{i=1}^{n} x_i`, '∑ᵢ₌₁ⁿ xᵢ'],
  [String.raw`f'(x) + f''(x)`, 'f′(x) + f′′(x)'],
  // Fractions and roots
  [String.raw`\frac{1}{2}`, '1/2'],
  [String.raw`\frac{a+b}{c}`, '(a+b)/c'],
  [String.raw`\dfrac{\partial L}{\partial w}`, '∂L/∂w'],
  [String.raw`\tfrac{1}{n} \frac{1}{12}\pi^2`, '1/n (1/12)π²'],
  [String.raw`\sqrt{x}`, '√x'],
  [String.raw`\sqrt{x^2 + y^2}`, '√(x² + y²)'],
  [String.raw`\sqrt[3]{x}`, '∛x'],
  [String.raw`\sqrt[n]{x}`, 'ⁿ√x'],
  // Accents
  [String.raw`\hat{y}`, 'y\u0302'],
  [String.raw`\bar{x} \tilde{x}`, 'x\u0304 x\u0303'],
  [String.raw`\vec{v} \dot{x} \ddot{x}`, 'v\u20d7 x\u0307 x\u0308'],
  [String.raw`\overline{AB}`, 'A\u0305B\u0305'],
  // Text and operator names
  [String.raw`\text{if } x > 0`, 'if x > 0'],
  [String.raw`\text{<eos>}`, '<eos>'],
  [String.raw`\mathrm{d}x \operatorname{softmax}(z)`, 'dx softmax(z)'],
  [String.raw`\log p(x) + \exp(x) - \max_i x_i`, 'log p(x) + exp(x) - maxᵢ xᵢ'],
  [String.raw`\lim_{x \to 0} f(x)`, 'lim_(x → 0) f(x)'],
  // Negation
  [String.raw`a \not= b \not\in C`, 'a ≠ b ∉ C'],
  // Wrapper environments convert like $$…$$
  [String.raw`\begin{equation} E = mc^2 \end{equation}`, 'E = mc²'],
  // Unknown commands stay as written, with their arguments
  [String.raw`\binom{n}{k}`, String.raw`\binom{n}{k}`],
];

// Two-dimensional or not understood: shown as written.
const AS_WRITTEN = [
  String.raw`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`,
  String.raw`x &= y \\ &= z`,
  String.raw`f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{else} \end{cases}`,
  String.raw`\frac{1}{`,
  String.raw`a } b`,
  String.raw`\hat{xy}`,
];

describe('convertMath', () => {
  it.each(CONVERTED)('%s → %s', (tex, shown) => {
    expect(convertMath(tex)).toBe(shown);
  });

  it.each(AS_WRITTEN)('leaves %s as written', (tex) => {
    expect(convertMath(tex)).toBeUndefined();
  });
});
