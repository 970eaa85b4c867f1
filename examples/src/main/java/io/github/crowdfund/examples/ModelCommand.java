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
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
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
    header = "Fits, evaluates and validates models that predict success at launch.",
    description = "Models that predict whether a project succeeds from what is known at launch: goal in US dollars, duration, "
        + "main category and category, country, currency, launch month and year, name length (never backers or "
        + "pledged amounts). They are fitted by Tribuo's logistic regression on the decided (successful or failed) "
        + "projects of Kaggle files. Run one of the subcommands below.",
    footer = {"", "Examples:",
        "  crowdfund model fit --train ks-projects-201801.csv --out model.json",
        "  crowdfund model validate ks-projects-201801.csv --test-from 2017-01"},
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
      ReadReport report = reader.read(file, record -> LaunchExample.of(record).ifPresent(examples::add),
          problem -> err.println(file + ":" + problem.line() + ": " + problem.reason()));
      err.println(file + ": " + report.summary());
    }
    err.println(examples.size() + " decided projects with launch-time features");
    return examples;
  }

  /** Reads a model file; one that is not a model is bad input for COMMAND, named with what to do. */
  static LaunchModel readModel(Path file, CommandLine command) throws IOException {
    try {
      return LaunchModel.read(file);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, e.getMessage() + "; give a model written by 'crowdfund model fit'");
    }
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
    Text.Table table = Text.Table.of("decile", "projects", "predicted", "observed", "gap");
    for (LaunchEvaluation.Decile decile : evaluation.calibration()) {
      table.row(decile.decile(), decile.projects(), String.format(Locale.ROOT, "%.2f%%", 100 * decile.meanPredicted()),
          String.format(Locale.ROOT, "%.2f%%", 100 * decile.observed()),
          String.format(Locale.ROOT, "%.2f", 100 * decile.gap()));
    }
    out.print(table.render());
    out.printf(Locale.ROOT, "largest calibration gap %.2f points%n", 100 * evaluation.maxCalibrationGap());
  }

  /** The fitter's settings. */
  static final class FitOptions {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
        description = "The seed; the same seed gives the same model (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "5",
        description = "How many passes over the projects, at least 1 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learning-rate", paramLabel = "R", defaultValue = "0.05",
        description = "AdaGrad's learning rate, above 0 (default: ${DEFAULT-VALUE}).")
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
      description = "Fits a model on the decided projects of one or more Kaggle files and saves it as JSON. The "
          + "model file is written to a temporary file first and moved into place when complete.",
      footer = {"", "Example:", "  crowdfund model fit --train ks-projects-201801.csv --out model.json"})
  static final class Fit implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE", arity = "1..*", required = true,
        description = "The Kaggle files to learn from.")
    List<Path> train;

    @Option(names = "--out", paramLabel = "MODEL", required = true,
        description = "The model file to write (JSON), replaced if it exists.")
    Path model;

    @Mixin
    FitOptions fitting;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      TribuoLaunchFitter fitter = fitting.fitter(spec);
      AtomicOutput.checkTarget(model);
      List<LaunchExample> examples = read(train, err);
      if (examples.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no decided project to fit on in " + train);
      }
      LaunchModel fitted = fitter.fit(examples);
      AtomicOutput.write(model, fitted::write);
      err.println("wrote a model of " + fitted.weights().size() + " weights fitted on " + fitted.trainingProjects()
          + " projects to " + model);
      return 0;
    }
  }

  /** {@code crowdfund model evaluate}. */
  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluates a saved model on the decided projects of one or more Kaggle files.",
      footer = {"", "Example:", "  crowdfund model evaluate --model model.json ks-projects-201612.csv"})
  static final class Evaluate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", required = true, converter = OptionTypes.RegularFiles.class,
        description = "The model file (JSON) written by 'crowdfund model fit'.")
    Path model;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The Kaggle files to evaluate on.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      LaunchModel loaded = readModel(model, spec.commandLine());
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
      description = "Fits and evaluates on projects the model never saw: k-fold cross-validation (--folds), or "
          + "a split on launch date (--test-from: fit on earlier launches, evaluate on later ones).",
      footer = {"", "Examples:", "  crowdfund model validate ks-projects-201801.csv --folds 5",
          "  crowdfund model validate ks-projects-201801.csv --test-from 2017-01"})
  static final class Validate implements Callable<Integer> {
    /** The folds of cross-validation unless {@code --folds} says otherwise. */
    static final int DEFAULT_FOLDS = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The Kaggle files to fit and evaluate on.")
    List<Path> files;

    @ArgGroup(exclusive = true)
    Split split;

    @Mixin
    FitOptions fitting;

    /** How to split the projects: into folds, or by launch month; never both. */
    static final class Split {
      @Option(names = "--folds", paramLabel = "K",
          description = "How many folds of cross-validation, 2 or more (default: " + DEFAULT_FOLDS + ").")
      Integer folds;

      @Option(names = "--test-from", paramLabel = "YYYY-MM",
          description = "Instead fits on launches before this month and evaluates on launches from it on.")
      YearMonth testFrom;
    }

    @Override
    public Integer call() throws IOException {
      TribuoLaunchFitter fitter = fitting.fitter(spec);
      List<LaunchExample> examples = read(files, spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      YearMonth month = split == null ? null : split.testFrom;
      if (month == null) {
        int folds = split == null || split.folds == null ? DEFAULT_FOLDS : split.folds;
        if (folds < 2 || folds > examples.size()) {
          throw new ParameterException(spec.commandLine(), "--folds must be 2 to " + examples.size()
              + " (the projects), was '" + folds + "'");
        }
        out.printf(Locale.ROOT, "%d-fold cross-validation (seed %d)%n", folds, fitting.seed);
        print(out, LaunchValidation.crossValidate(examples, folds, fitting.seed, fitter));
        return 0;
      }
      int training = LaunchValidation.launched(examples, month, true).size();
      if (training == 0 || training == examples.size()) {
        throw new ParameterException(spec.commandLine(), "--test-from '" + month + "' leaves " + training
            + " projects to fit and " + (examples.size() - training) + " to test; both must be at least 1");
      }
      out.printf(Locale.ROOT, "fit on %d projects launched before %s, evaluated on the %d launched from then on%n",
          training, month, examples.size() - training);
      print(out, LaunchValidation.splitByLaunch(examples, month, fitter));
      return 0;
    }
  }
}
