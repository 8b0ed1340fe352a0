package org.socle.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package, driven by Debian's chromedriver: no browser
 * download). Where Chromium is missing, journeys are skipped on a developer's machine but
 * fail in CI (CI=true), whose script installs it.
 */
public final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	public static Browser open(int port, int width, int height) {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium and chromedriver must be installed in CI (.ci/run does it)");
		}
		Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed: journeys skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=fr-FR");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public Browser go(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public Browser type(By by, String text) {
		WebElement element = find(by);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/**
	 * Clicks the element once it is clickable, scrolled to the middle of the screen first
	 * (phone-sized windows), at once: Bootstrap's smooth scrolling would still be moving
	 * the page when the click lands. An element that htmx replaced between finding and
	 * clicking it is found again.
	 */
	public Browser click(By by) {
		this.wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
			if (element == null) {
				return null;
			}
			((JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
			element.click();
			return true;
		});
		return this;
	}

	/** Waits until the element's text contains the expected text. */
	public Browser waitForText(By by, String expected) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
		return this;
	}

	public Browser waitForUrl(String fragment) {
		this.wait.until(ExpectedConditions.urlContains(fragment));
		return this;
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser signIn(String login, String password) {
		go("/login");
		type(By.id("username"), login);
		type(By.id("password"), password);
		click(By.cssSelector("button[type=submit]"));
		find(By.id("main"));
		return this;
	}

	/** Saves a screenshot under target/screenshots. */
	public Browser screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
