"""Drives the HTML reports written by scripts/browser-test.sh in headless Chromium.

Usage: browser_test.py REPORT_DIR SCREENSHOT_DIR
REPORT_DIR holds campuslearn.html/.json and campuslearn-fixed.html/.json of one run each.
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import Select, WebDriverWait

reports, shots = sys.argv[1], sys.argv[2]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, message):
    if not condition:
        raise SystemExit("browser test failed: " + message)
    print("ok:", message)


def node_ids(driver, text):
    """Ids of the diagram nodes whose text contains `text`."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('svg g.node'))"
        ".filter(g => g.textContent.includes(arguments[0])).map(g => g.id);", text)


def test_campuslearn(driver):
    url = "file://" + os.path.abspath(os.path.join(reports, "campuslearn.html"))
    driver.get(url)
    expected = json.load(open(os.path.join(reports, "campuslearn.json")))

    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, "no console errors (%s)" % errors)
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    check(requests == [url], "no network request but the page itself (%s)" % requests)
    check(driver.execute_script("return performance.getEntriesByType('resource').length") == 0,
          "no resource loaded by the page")

    figures = driver.find_elements(By.CSS_SELECTOR, "figure.diagram")
    check(len(figures) == 2, "one diagram for the template, one for the CLI exports")
    for figure in figures:
        caption = figure.find_element(By.TAG_NAME, "figcaption").text
        subnets = figure.find_elements(By.XPATH, ".//*[local-name()='g'][@class='node']"
                                       "[.//*[local-name()='text'][starts-with(., 'public: 0.0.0.0/0')]]")
        check(len(subnets) == 2, "%s: two public subnets" % caption)
        clusters = [g.text for g in figure.find_elements(By.CSS_SELECTOR, "g.cluster")]
        check(any(text.startswith("public subnets") for text in clusters), "%s: drawn in a public subnets group" % caption)
        internet = [g.get_attribute("id") for g in figure.find_elements(By.CSS_SELECTOR, "g.node")
                    if g.text.startswith("internet")]
        service = [g.get_attribute("id") for g in figure.find_elements(By.CSS_SELECTOR, "g.node")
                   if g.text.startswith("ECS service")]
        check(len(internet) == 1 and len(service) == 1, "%s: the internet and the service are drawn" % caption)
        edges = [g.text for g in figure.find_elements(By.CSS_SELECTOR, "g.edge")
                 if g.find_element(By.TAG_NAME, "title").get_attribute("textContent") == internet[0] + "->" + service[0]]
        check(len(edges) == 1 and "tcp 5000" in edges[0], "%s: internet edge to the service on port 5000" % caption)

    data = driver.execute_script("return JSON.parse(document.getElementById('report-data').textContent);")
    summary = expected["summary"]["bySeverity"]
    for severity in ("error", "warning", "note"):
        shown = int(driver.find_element(By.ID, "count-" + severity).text)
        check(shown == summary[severity], "%s count %d matches the JSON report" % (severity, shown))
    check(len(data["f"]) == len(expected["findings"]), "every finding of the JSON report is in the page")
    rows = driver.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr")
    check(len(rows) == len(expected["findings"]), "the table lists all %d findings" % len(rows))

    service = node_ids(driver, "ECS service")[0]
    driver.find_element(By.ID, service).click()
    selection = driver.find_element(By.ID, "selection")
    listed = selection.find_elements(By.TAG_NAME, "li")
    check(len(listed) == len(data["nodes"][service][1]) > 0,
          "selecting the service lists its %d findings" % len(listed))
    check("ECS service" in selection.find_element(By.TAG_NAME, "h3").text, "the selection names the service")
    shown_rows = driver.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr")
    check(len(shown_rows) == len(listed), "the table shows the service's findings only")

    driver.find_element(By.ID, "filter-clear").click()
    other = node_ids(driver, "certificate")[0]
    driver.execute_script("document.getElementById(arguments[0]).focus();", other)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    check(driver.find_element(By.ID, other).get_attribute("aria-pressed") == "true", "a node is selected by keyboard")
    driver.find_element(By.ID, "filter-clear").click()

    # Clearing the filter re-renders the table: wait for it rather than race it (a loaded
    # CI machine once counted the rows before they were back).
    def warning_rows():
        return len(driver.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr.sev-warning"))
    try:
        WebDriverWait(driver, 10).until(lambda _: warning_rows() == summary["warning"])
    except TimeoutException:
        pass
    warnings = warning_rows()
    check(warnings == summary["warning"] > 0, "warnings are listed before filtering")
    Select(driver.find_element(By.ID, "filter-severity")).select_by_value("error")
    check(not driver.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr.sev-warning"),
          "the severity filter hides warnings")
    errors_shown = len(driver.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr.sev-error"))
    check(errors_shown == summary["error"], "and shows the %d errors" % errors_shown)

    button = driver.find_element(By.CSS_SELECTOR, "#findings-table button.more")
    button.click()
    check(driver.find_elements(By.CSS_SELECTOR, "#findings-table tr.details") and
          button.get_attribute("aria-expanded") == "true", "a row expands to the rule's rationale and remediation")
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, "still no console errors (%s)" % errors)


def screenshot(driver, sample):
    driver.get("file://" + os.path.abspath(os.path.join(reports, sample + ".html")))
    height = driver.execute_script("return document.getElementById('findings').offsetTop + 420;")
    driver.set_window_size(1400, min(max(height, 900), 3200))
    path = os.path.join(shots, sample + "-report.png")
    driver.save_screenshot(path)
    driver.set_window_size(1400, 1000)
    print("saved", path)


driver = browser()
try:
    test_campuslearn(driver)
    os.makedirs(shots, exist_ok=True)
    for sample in ("campuslearn", "campuslearn-fixed"):
        screenshot(driver, sample)
finally:
    driver.quit()
