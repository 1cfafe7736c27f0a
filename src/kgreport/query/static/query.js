// The query page of `kgreport serve`: YASGUI (vendored, served by the server) on this server's /sparql.
"use strict";
(function () {
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const here = (path) => new URL(path, document.baseURI).href;
  const endpoint = here("sparql");
  const byName = new Map(examples.map((e) => [e.name, e]));
  const first = byName.get("reports") || examples[0];

  // Not the class and property completers: they ask Linked Open Vocabularies, on the network.
  // Yasgui merges a configured list into its default one item by item, so the default is cut in place.
  const completers = Yasgui.Yasqe.defaults.autocompleters;
  completers.splice(0, completers.length, ...completers.filter((n) => n === "prefixes" || n === "variables"));

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    yasqe: {
      value: first ? first.query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
      // The server's own prefixes, not prefix.cc: the page makes no request off this server.
      prefixCcApi: here("prefixes.json"),
    },
  });

  function currentTab() {
    const tab = yasgui.getTab();
    // A tab restored from an earlier session may point at another address of this server.
    if (tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
    return tab;
  }

  const select = document.getElementById("examples");
  select.addEventListener("change", () => {
    const example = byName.get(select.value);
    if (example) currentTab().setQuery(example.query);
  });
  document.getElementById("run-example").addEventListener("click", () => {
    const example = byName.get(select.value);
    const tab = currentTab();
    if (example) tab.setQuery(example.query);
    tab.query();
  });
  window.kgreportYasgui = yasgui; // for the browser tests and the console
})();
