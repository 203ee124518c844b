import NewsGraph

/// Which reader and analyzer `newsgraph ingest` plugs into the pipeline.
enum IngestWiring {
    /// Bytes → feed or page.
    static func reader() throws -> any DocumentReading { DocumentReader() }

    /// Article → entities and relations: the shipped tagger, then resolution and relations.
    static func analyzer() throws -> any ArticleAnalyzer { try GraphBuilder.standard() }
}
