// Pseudo-terminal children inherit process.env: a figure sets variables for the readers it
// starts (BLOG_TUI_NO_CACHE=1 for a cold start) and puts the environment back afterwards.

/** Sets `vars` until the returned function restores what was there. */
export function withEnv(vars) {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
