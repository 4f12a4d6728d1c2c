"""The page served by `arsenal serve`, in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium).

Pastes the README's example article (Examples/manpads-explainer.md), waits for the
highlights, checks that the page shows as many conflicts as `arsenal check --format json`
finds, opens a conflict (by mouse and by keyboard) and reads its sources and trace, checks
that a phone-width window needs no sideways scrolling, and opens the compare view.
Screenshots go to SCREENSHOT_DIR.

usage: serve_browser_test.py BASE_URL ARSENAL_BINARY SCREENSHOT_DIR
"""
import json
import os
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ARTICLE = "Examples/manpads-explainer.md"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)
    print("ok: " + message)


def main():
    base, binary, shots = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(shots, exist_ok=True)
    with open(ARTICLE, encoding="utf-8") as handle:
        article = handle.read()
    cli = subprocess.run([binary, "check", ARTICLE, "--format", "json"], capture_output=True, text=True)
    expected = json.loads(cli.stdout)["summary"]
    print("arsenal check finds: %s" % {k: expected[k] for k in ("conflict", "disputed", "consistent", "unverifiable")})

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--disable-gpu", "--no-first-run"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    wait = WebDriverWait(driver, 20)
    try:
        driver.get(base + "/")
        expect("Arsenal" in driver.title, "the page loads (%s)" % driver.title)
        area = driver.find_element(By.ID, "article")
        # Paste: set the value as a paste would, in one go.
        driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", area, article)
        driver.find_element(By.ID, "format").send_keys("Markdown")
        driver.find_element(By.ID, "check-button").click()
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#rendered mark.claim")))

        shown = {v: int(driver.find_element(By.ID, "count-" + v).text) for v in ("conflict", "disputed", "consistent", "unverifiable")}
        print("the page shows: %s" % shown)
        expect(shown["conflict"] == expected["conflict"] and expected["conflict"] > 0,
               "the summary bar shows %d conflicts, as arsenal check finds" % expected["conflict"])
        expect(shown["disputed"] == expected["disputed"], "the summary bar shows %d disputed claims" % expected["disputed"])
        marks = driver.find_elements(By.CSS_SELECTOR, "#rendered mark.claim")
        conflict_marks = driver.find_elements(By.CSS_SELECTOR, "#rendered mark.claim.conflict")
        expect(len(conflict_marks) == expected["conflict"], "%d conflicts are highlighted in place (of %d highlights)" % (len(conflict_marks), len(marks)))
        # The highlighted text is the article's own text: the page reproduces the article.
        expect(driver.find_element(By.ID, "rendered").text.strip() == article.strip().replace("\r\n", "\n") or
               driver.execute_script("return document.getElementById('rendered').textContent") == article,
               "the article is shown back unchanged around the highlights")

        first = conflict_marks[0]
        first.click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#details .finding")))
        details = driver.find_element(By.ID, "details")
        verdict = details.find_element(By.CSS_SELECTOR, ".verdict").text.lower()
        expect(verdict == "conflict", "clicking a conflict shows its finding")
        links = details.find_elements(By.CSS_SELECTOR, ".source a")
        expect(len(links) > 0 and all(link.get_attribute("href").startswith("http") for link in links),
               "its recorded values come with %d source links, e.g. %s" % (len(links), links[0].get_attribute("href") if links else "-"))
        expect("Understood as" in details.text, "the claim as understood is shown")
        trace = details.find_element(By.CSS_SELECTOR, "details.trace")
        trace.find_element(By.TAG_NAME, "summary").click()
        expect("rule:" in trace.text, "the --explain trace opens")
        driver.execute_script("document.getElementById('details').scrollTop = 0;"
                              "document.getElementById('results').scrollIntoView({block: 'start'})")
        driver.save_screenshot(os.path.join(shots, "serve-check.png"))

        # Keyboard: Tab to the second conflict and press Enter.
        if len(conflict_marks) > 1:
            driver.execute_script("arguments[0].focus()", conflict_marks[1])
            conflict_marks[1].send_keys(Keys.ENTER)
            wait.until(lambda d: "selected" in conflict_marks[1].get_attribute("class"))
            expect(conflict_marks[1].get_attribute("tabindex") == "0", "highlights are keyboard-focusable and open with Enter")

        # Phone width: nothing wider than the screen.
        driver.set_window_size(390, 844)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        expect(overflow <= 1, "at phone width (390 px) the page needs no sideways scrolling")
        driver.save_screenshot(os.path.join(shots, "serve-check-phone.png"))
        driver.set_window_size(1280, 1000)

        driver.find_element(By.ID, "tab-compare").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#system-list input[value=stinger]")))
        checked = [box.get_attribute("value") for box in driver.find_elements(By.CSS_SELECTOR, "#system-list input:checked")]
        expect(set(checked) == {"igla-s", "stinger"}, "the compare view starts with Igla-S and Stinger chosen")
        driver.find_element(By.ID, "compare-button").click()
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#compare-table tbody tr")))
        wait.until(lambda d: d.execute_script("return document.getElementById('envelope').complete && document.getElementById('envelope').naturalWidth > 0"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#compare-table tbody tr")
        expect(len(rows) > 3, "the comparison table has %d rows and the envelope chart loaded" % len(rows))
        driver.save_screenshot(os.path.join(shots, "serve-compare.png"))
        errors = [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
        expect(not errors, "no errors in the browser console%s" % (": %s" % errors if errors else ""))
    finally:
        driver.quit()
    print("browser test passed")


if __name__ == "__main__":
    main()
