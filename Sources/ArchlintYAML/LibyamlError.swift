import CLibYAML

/// libyaml's error, worded like libyaml's own report:
/// `did not find expected ',' or '}' while parsing a flow mapping (started at 1:1)`
/// at the problem's position. Reader errors carry only a byte offset, which is
/// turned into line:column by counting line breaks in the text.
func libyamlError(_ parser: yaml_parser_t, _ text: [UInt8]) -> YAMLError {
    func mark(_ m: yaml_mark_t) -> Mark {
        Mark(line: Int(m.line) + 1, column: Int(m.column) + 1)
    }
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
    switch parser.error {
    case YAML_MEMORY_ERROR:
        return YAMLError("out of memory", at: mark(parser.problem_mark))
    case YAML_READER_ERROR:
        var message = problem
        if parser.problem_value != -1 {
            message += " (#x\(String(parser.problem_value, radix: 16, uppercase: true)))"
        }
        return YAMLError(message, at: Encoding.mark(ofByte: Int(parser.problem_offset), in: text))
    default:
        let at = mark(parser.problem_mark)
        var message = problem
        if let context = parser.context {
            message += " " + String(cString: context)
            let started = mark(parser.context_mark)
            if started != at { message += " (started at \(started))" }
        }
        return YAMLError(message, at: at)
    }
}
