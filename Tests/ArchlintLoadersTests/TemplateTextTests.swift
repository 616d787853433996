import ArchlintLoaders
import ArchlintModel
import Testing

/// An intrinsic that cannot be resolved offline stays unknown as a value, but keeps the text
/// written inside it, located to the character, for the secrets scan.
@Suite struct TemplateTextTests {
    /// The pieces of the property `key` of the only resource, each as "line:column text".
    func pieces(_ template: String, _ key: String, file: String = "t.yaml") -> [String] {
        let fragment = loadFragment(template, file: file)
        guard let node = fragment.resources.first?.properties.child(key)?.node else { return ["no \(key)"] }
        guard case .templateText(let texts) = node.value else { return ["not template text"] }
        return texts.map { "\($0.position(of: $0.text.startIndex).line):\($0.position(of: $0.text.startIndex).column) \($0.text)" }
    }

    @Test func aSubScriptInsideBase64KeepsItsLinesAndColumns() throws {
        let template = """
            Resources:
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  UserData:
                    Fn::Base64: !Sub |
                      #!/bin/bash
                        echo "${AWS::Region}"
                      export KEY=AKIAIOSFODNN7EXAMPLE
            """
        let node = try #require(loadFragment(template).resources.first?.properties.child("UserData")?.node)
        guard case .templateText(let texts) = node.value else { Issue.record("not template text"); return }
        let text = try #require(texts.first)
        #expect(texts.count == 1)
        #expect(text.position(of: text.text.startIndex) == (7, 11))
        // The second line keeps its own two extra spaces; the third starts at the block's indent.
        let echo = try #require(text.text.range(of: "echo"))
        #expect(text.position(of: echo.lowerBound) == (8, 13))
        let key = try #require(text.text.range(of: "AKIA"))
        #expect(text.position(of: key.lowerBound) == (9, 22))
    }

    @Test func joinPartsAndIfBranchesAreLocatedOneByOne() {
        let template = """
            Parameters:
              Env: {Type: String}
            Resources:
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  UserData: !Base64
                    Fn::Join: ['', ["#!/bin/bash\\n", 'echo one', !Ref Env, plain text]]
                  KeyName: !If [IsProd, !Ref AWS::NoValue, !Sub 'key-${Env}']
            """
        #expect(pieces(template, "UserData") == ["8:25 #!/bin/bash\n", "8:43 echo one", "8:64 plain text"])
        // A tagged one-line scalar starts after its tag.
        #expect(pieces(template, "KeyName") == ["9:54 key-${Env}"])
    }

    @Test func jsonTemplatesLocateTheirStrings() {
        let template = """
            {"Resources": {"Server": {"Type": "AWS::EC2::Instance", "Properties": {
              "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "echo one", {"Ref": "AWS::Region"}]]}}}}}}
            """
        #expect(pieces(template, "UserData", file: "t.json") == ["2:49 #!/bin/bash\n", "2:67 echo one"])
    }

    @Test func namesInsideFunctionsAreNotText() {
        let template = """
            Resources:
              Server:
                Type: AWS::EC2::Instance
                Properties:
                  UserData: !Base64 {"Fn::GetAtt": [Other, Arn]}
                  ImageId: !Select [0, !GetAZs '']
            """
        let properties = loadFragment(template).resources.first?.properties
        for key in ["UserData", "ImageId"] {
            guard case .indeterminate? = properties?.child(key)?.node.value else {
                Issue.record("\(key) is not indeterminate")
                continue
            }
        }
    }
}
