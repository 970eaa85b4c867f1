package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.prediction.LaunchEvaluation;
import io.github.crowdfund.outcomes.prediction.LaunchExample;
import io.github.crowdfund.outcomes.prediction.LaunchModel;
import io.github.crowdfund.outcomes.prediction.LaunchValidation;
import io.github.crowdfund.tribuo.TribuoLaunchFitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crowdfund model}: fit, evaluate and validate models that predict a project's success at launch. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Models that predict whether a project succeeds from what is known at launch: goal in US dollars, duration,",
      "main category and category, country, currency, launch month and year, name length (never backers or",
      "pledged amounts). Fitted by Tribuo's logistic regression on the decided (successful or failed) projects."
    },
    subcommands = {ModelCommand.Fit.class, ModelCommand.Evaluate.class, ModelCommand.Validate.class})
final class ModelCommand {

  /** Tribuo reports each training at INFO through java.util.logging; the command prints its own summary. */
  private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

  /** Reads the decided projects of Kaggle files, reporting unreadable rows; empty with a message on failure. */
  static List<LaunchExample> read(List<Path> files, PrintWriter err) throws IOException {
    TRIBUO_LOG.setLevel(Level.WARNING);
    List<LaunchExample> examples = new ArrayList<>();
    ProjectReader reader = ProjectReader.create();
    for (Path file : files) {
      try {
        ReadReport report = reader.read(file, record -> LaunchExample.of(record).ifPresent(examples::add),
            problem -> err.println(file + ":" + problem.line() + ": " + problem.reason()));
        err.println(file + ": " + report.summary());
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("no such file '" + file + "'", e);
      }
    }
    err.println(examples.size() + " decided projects with launch-time features");
    return examples;
  }

  /** Prints an evaluation: the scores, the baseline and the calibration table. */
  static void print(PrintWriter out, LaunchEvaluation evaluation) {
    out.printf(Locale.ROOT, "projects %d (%.2f%% successful)%n", evaluation.projects(),
        100 * evaluation.successRate());
    out.printf(Locale.ROOT, "accuracy %.2f%% (majority-class baseline %.2f%%)%n", 100 * evaluation.accuracy(),
        100 * evaluation.baselineAccuracy());
    out.printf(Locale.ROOT, "AUC %s%n", evaluation.auc().isPresent()
        ? String.format(Locale.ROOT, "%.4f", evaluation.auc().getAsDouble()) : "- (one outcome only)");
    out.printf(Locale.ROOT, "Brier score %.4f%n", evaluation.brier());
    out.printf(Locale.ROOT, "log loss %.4f%n", evaluation.logLoss());
    out.println("calibration by decile of predicted probability:");
    out.printf(Locale.ROOT, "  %6s %8s %10s %10s %6s%n", "decile", "projects", "predicted", "observed", "gap");
    for (LaunchEvaluation.Decile decile : evaluation.calibration()) {
      out.printf(Locale.ROOT, "  %6d %8d %9.2f%% %9.2f%% %5.2f%n", decile.decile(), decile.projects(),
          100 * decile.meanPredicted(), 100 * decile.observed(), 100 * decile.gap());
    }
    out.printf(Locale.ROOT, "largest calibration gap %.2f points%n", 100 * evaluation.maxCalibrationGap());
  }

  /** The fitter's settings. */
  static final class FitOptions {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "5",
        description = "passes over the projects (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--learning-rate", paramLabel = "R", defaultValue = "0.05",
        description = "AdaGrad's learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    TribuoLaunchFitter fitter(CommandSpec spec) {
      if (epochs < 1 || !(learningRate > 0)) {
        throw new ParameterException(spec.commandLine(), "--epochs must be at least 1 and --learning-rate positive,"
            + " were '" + epochs + "' and '" + learningRate + "'");
      }
      return new TribuoLaunchFitter(epochs, learningRate, seed);
    }
  }

  /** {@code crowdfund model fit}. */
  @Command(name = "fit", mixinStandardHelpOptions = true,
      description = "Fits a model on the decided projects of one or more files and saves it as JSON.")
  static final class Fit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE", arity = "1..*", required = true,
        description = "Kaggle files to learn from")
    List<Path> train;

    @Option(names = "--out", paramLabel = "MODEL", required = true, description = "the model file to write (JSON)")
    Path model;

    @Mixin
    FitOptions fitting;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      List<LaunchExample> examples = read(train, err);
      LaunchModel fitted = fitting.fitter(spec).fit(examples);
      fitted.write(model);
      err.println("wrote a model of " + fitted.weights().size() + " weights fitted on " + fitted.trainingProjects()
          + " projects to " + model);
      return 0;
    }
  }

  /** {@code crowdfund model evaluate}. */
  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluates a saved model on the decided projects of one or more files.")
  static final class Evaluate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", required = true, description = "the model file (JSON)")
    Path model;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Kaggle files to evaluate on")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      LaunchModel loaded = LaunchModel.read(model);
      List<LaunchExample> examples = read(files, spec.commandLine().getErr());
      if (examples.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no decided project to evaluate on in " + files);
      }
      print(spec.commandLine().getOut(), LaunchEvaluation.of(loaded, examples));
      return 0;
    }
  }

  /** {@code crowdfund model validate}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Fits and evaluates on projects the model never saw: k-fold cross-validation, or with",
          "--test-from a split on launch date (fit on earlier launches, evaluate on later ones)."})
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Kaggle files")
    List<Path> files;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
        description = "folds of the cross-validation (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--test-from", paramLabel = "YYYY-MM",
        description = "instead: fit on launches before this month, evaluate on launches from it on")
    String testFrom;

    @Mixin
    FitOptions fitting;

    @Override
    public Integer call() throws IOException {
      List<LaunchExample> examples = read(files, spec.commandLine().getErr());
      TribuoLaunchFitter fitter = fitting.fitter(spec);
      PrintWriter out = spec.commandLine().getOut();
      if (testFrom == null) {
        if (folds < 2 || folds > examples.size()) {
          throw new ParameterException(spec.commandLine(), "--folds must be 2 to " + examples.size()
              + " (the projects), was '" + folds + "'");
        }
        out.printf(Locale.ROOT, "%d-fold cross-validation (seed %d)%n", folds, fitting.seed);
        print(out, LaunchValidation.crossValidate(examples, folds, fitting.seed, fitter));
        return 0;
      }
      YearMonth month;
      try {
        month = YearMonth.parse(testFrom);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--test-from '" + testFrom + "' is not a YYYY-MM month");
      }
      int training = LaunchValidation.launched(examples, month, true).size();
      if (training == 0 || training == examples.size()) {
        throw new ParameterException(spec.commandLine(), "--test-from '" + testFrom + "' leaves " + training
            + " projects to fit and " + (examples.size() - training) + " to test; both must be at least 1");
      }
      out.printf(Locale.ROOT, "fit on %d projects launched before %s, evaluated on the %d launched from then on%n",
          training, month, examples.size() - training);
      print(out, LaunchValidation.splitByLaunch(examples, month, fitter));
      return 0;
    }
  }
}
