import ArchlintLoaders
import ArchlintModel
import Testing

func loadFragment(_ text: String, file: String = "input.yaml", sourceLocation: SourceLocation = #_sourceLocation) -> ModelFragment {
    switch FileLoader.load(bytes: Array(text.utf8), file: file) {
    case .loaded(let fragment, _): return fragment
    case .skipped:
        Issue.record("\(file) was skipped", sourceLocation: sourceLocation)
    case .failed(let error):
        Issue.record("\(file) failed: \(error.line):\(error.column): \(error.message)", sourceLocation: sourceLocation)
    }
    return ModelFragment()
}

func position<T>(_ fact: Fact<T>) -> String {
    guard let site = fact.site else { return "absent" }
    return "\(site.line):\(site.column) \(site.path)"
}

func position(_ site: Site?) -> String {
    guard let site else { return "nil" }
    return "\(site.line):\(site.column) \(site.path)"
}
