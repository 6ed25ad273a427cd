from intgraph.cli import main

main()
