# The searches of issue 13 part 1 whose cost used to grow with the number of matches, shared by bench/bounded.sh
# (throughput) and bench/bounded-work.sh (work per request). Names sort in report order.
# shellcheck disable=SC2034
declare -A BOUNDED_SCENARIOS=(
  [03-speaker]="/api/v1/statements?speaker=james-smith"
  [04-topic-tree]="/api/v1/statements?topic=can-affairs-0"
  [05-rare-word]="/api/v1/statements?q=dikasbarin"
  [06-phrase]="/api/v1/statements?q=%22foreign+policy%22"
  [07-common-word]="/api/v1/statements?q=government"
  [07b-common-word-newest]="/api/v1/statements?q=government&sort=newest"
  [08-combined]="/api/v1/statements?q=sanctions&from=2010-01-01&to=2015-12-31&kind=DIRECT&facets=speaker,year"
  [09-middling-word]="/api/v1/statements?q=soldier"
  [09b-middling-word-newest]="/api/v1/statements?q=soldier&sort=newest"
  [09c-uncommon-word-newest]="/api/v1/statements?q=ceulba&sort=newest"
  [09d-thousands-word-newest]="/api/v1/statements?q=ulgudiyar&sort=newest"
)
