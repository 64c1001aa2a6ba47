internal import CArena
internal import CLibXML2

/// Runs libxml2's process-wide initialisation exactly once, whichever thread gets here first.
enum LibXML2 {
    private static let initialised: Bool = {
        // Before any other libxml2 call, as xmlMemSetup requires. The arena's functions
        // hand anything allocated outside a parse to the C library, so a pointer libxml2
        // allocated earlier through malloc is still freed correctly.
        xmlMemSetup(knews_arena_free, knews_arena_malloc, knews_arena_realloc, knews_arena_strdup)
        knews_xml_global_init()
        return true
    }()

    /// Initialises libxml2 (once) and silences its error output on the calling thread.
    static func prepareThread() {
        _ = initialised
        knews_xml_silence_thread()
    }

    /// Recover from broken markup, never touch the network, never print; the page has
    /// already been converted to UTF-8, so its own `<meta charset>` must be ignored.
    static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
}
