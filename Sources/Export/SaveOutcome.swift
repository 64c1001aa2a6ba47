/// What `ArticleStore.save` did with an article; the run's summary counts these.
public enum SaveOutcome: Sendable, Equatable {
    case inserted, updated, unchanged
}
