#!/usr/bin/env bash
# Draws pystrade-core's package graph from the compiled classes (jdeps) as docs/core-packages.svg and .png: one box
# per package, the pipeline from the top (system) to the bottom (util), an arrow for each package a package
# imports (transitive reduction).
# usage: scripts/package-graph.sh   (after mvn package; needs graphviz's dot)
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSES=pystrade-core/target/classes
LAYERS="util domain series math config data calc rawdata rules forecast pandl combination sizing portfolio accounts system"
{
  echo 'digraph core {'
  echo '  rankdir=TB; nodesep=0.25; ranksep=0.35; node [shape=box, style="rounded,filled", fillcolor="#dbe8f5", fontname="Helvetica", fontsize=11];'
  echo '  edge [color="#7a8ea8", arrowsize=0.6];'
  echo '  labelloc=t; fontname="Helvetica"; label="pystrade-core: each package imports only packages beneath it\n(an import also implied by a longer path is not drawn)";'
  for l in $LAYERS; do
    n=$(find "$CLASSES/org/pystrade/core/$l" -maxdepth 1 -name '*.class' ! -name '*$*' | wc -l)
    echo "  $l [label=\"$l\\n$n classes\"];"
  done
  jdeps -verbose:package -filter:none "$CLASSES" 2>/dev/null \
    | awk '$1 ~ /^org\.pystrade\.core\./ && $2 == "->" && $3 ~ /^org\.pystrade\.core\./ {split($1,a,"."); split($3,b,"."); if (a[4] != b[4]) print "  " a[4] " -> " b[4] ";"}' \
    | sort -u
  echo '}'
} > target-package-graph.dot
tred target-package-graph.dot > target-package-graph-reduced.dot
dot -Tsvg target-package-graph-reduced.dot -o docs/core-packages.svg
dot -Tpng -Gdpi=110 target-package-graph-reduced.dot -o docs/core-packages.png
rm target-package-graph.dot target-package-graph-reduced.dot
echo "wrote docs/core-packages.svg and docs/core-packages.png"
