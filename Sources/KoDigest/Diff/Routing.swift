/// Which output file of a run a record was written to.
public enum Routing: String, Sendable, Equatable {
    case records
    case quarantine
}
