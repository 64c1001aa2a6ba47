/// The version `knews --version` prints and every run records.
public enum KnewsVersion {
    public static let current = "0.3.0"
}
