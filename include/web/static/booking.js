// Progressive enhancement for the booking page; everything works without it.
// 1. Times follow the browser's time zone: when the address does not name a zone yet and the browser's
//    differs from the one shown, reload with ?tz=<browser zone> (once; choosing another zone wins).
// 2. Changing the zone list reloads the times at once (without JavaScript: the "Show times" button).
(function () {
  const form = document.getElementById("zone-form");
  if (!form) return;
  const select = document.getElementById("tz");
  const params = new URLSearchParams(window.location.search);
  let browser = "";
  try { browser = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { browser = ""; }
  if (!params.has("tz") && browser && browser !== form.dataset.zone) {
    params.set("tz", browser);
    window.location.replace(window.location.pathname + "?" + params.toString());
    return;
  }
  const apply = document.getElementById("zone-apply");
  if (apply) apply.hidden = true;
  select.addEventListener("change", function () { form.submit(); });
})();
