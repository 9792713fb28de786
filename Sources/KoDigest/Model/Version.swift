#if canImport(Glibc)
import Glibc
#endif

/// The tool's version, written into run manifests.
public enum KoDigestVersion {
    public static let string = "0.1.0"
}

/// Facts about the machine the run is on.
public enum Machine {
    /// Online processor cores.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
