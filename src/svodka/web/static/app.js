// Enhancements only: every page works without this file.
// Clicking a record in the side list scrolls to its span and flashes it.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.rec");
  if (!link) return;
  const id = link.dataset.record;
  const spans = document.querySelectorAll(`[data-records~="${CSS.escape(id)}"]`);
  if (!spans.length) return;
  event.preventDefault();
  spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  spans.forEach((span) => { span.classList.remove("flash"); void span.offsetWidth; span.classList.add("flash"); });
  history.replaceState(null, "", `#rec-${id}`);
});
