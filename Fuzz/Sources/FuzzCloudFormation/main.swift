import FuzzDriver
import FuzzSupport

/// The CloudFormation loader and every rule over what it loads.
exit(FuzzDriver.run { bytes in FuzzCheck.run(bytes, file: "template.yaml") })
