import ArgumentParser

/// The `newsgraph` command line: every subcommand is a file of its own in this folder.
@main
struct NewsGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build a knowledge graph of the people, organizations and countries in the news.",
        discussion: """
            newsgraph reads news articles from RSS/Atom feeds or HTML pages, finds the people, \
            organizations, countries and places they mention, links them into a graph whose \
            every edge points back to the sentence that justifies it, keeps that graph in a \
            SQLite file, and exports it as GraphML or DOT.

            Start with:
              newsgraph ingest samples/world.xml          # a feed and the pages it links to
              newsgraph neighbors "Anatoly Antonov"       # who and what is linked to him, and why
              newsgraph export --format graphml -o graph.graphml
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self,
            ExtractCommand.self,
            ArticlesCommand.self,
            StatsCommand.self,
            NeighborsCommand.self,
            ShowCommand.self,
            SearchCommand.self,
            PathCommand.self,
            ExportCommand.self,
            RenderCommand.self,
            AliasCommand.self,
            MergeCommand.self,
            SplitCommand.self,
            NerCommand.self,
            EvalGraphCommand.self,
            GenerateCommand.self,
        ]
    )
}
