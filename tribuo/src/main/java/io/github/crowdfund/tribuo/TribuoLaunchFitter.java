package io.github.crowdfund.tribuo;

import io.github.crowdfund.outcomes.prediction.LaunchEncoding;
import io.github.crowdfund.outcomes.prediction.LaunchExample;
import io.github.crowdfund.outcomes.prediction.LaunchModel;
import io.github.crowdfund.outcomes.prediction.LaunchModelFitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits a {@link LaunchModel} with Tribuo's logistic regression ({@link LinearSGDTrainer} with the
 * {@link LogMulticlass} objective), trained by AdaGrad with parameter averaging over shuffled epochs.
 *
 * <p>Projects are encoded by a {@link LaunchEncoding} learnt from the same projects. With two labels Tribuo's model
 * is a softmax over two weight vectors; the {@code LaunchModel} keeps their difference (successful minus failed),
 * which gives the same probabilities: {@code softmax(a, b)[a] = 1 / (1 + exp(-(a - b)))}.
 *
 * <p>Deterministic: a new trainer seeded with {@link #seed()} is made for every fit, so the same projects in the
 * same order give the same model.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param epochs passes over the projects, 1 or more
 * @param learningRate AdaGrad's initial learning rate, positive
 * @param seed the seed of the shuffles
 */
public record TribuoLaunchFitter(int epochs, double learningRate, long seed) implements LaunchModelFitter {

  /** The label of successful projects. */
  static final String SUCCESSFUL = "successful";
  /** The label of failed projects. */
  static final String FAILED = "failed";

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if epochs is below 1 or the learning rate not positive
   */
  public TribuoLaunchFitter {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was '" + epochs + "'");
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be positive, was '" + learningRate + "'");
    }
  }

  /**
   * Returns the fitter with the settings measured in the README (5 epochs, learning rate 0.05) and a seed.
   *
   * @param seed the seed
   * @return the fitter; never null
   */
  public static TribuoLaunchFitter withSeed(long seed) {
    return new TribuoLaunchFitter(5, 0.05, seed);
  }

  @Override
  public LaunchModel fit(List<LaunchExample> examples) {
    Objects.requireNonNull(examples, "examples");
    long successful = examples.stream().filter(LaunchExample::succeeded).count();
    if (successful == 0 || successful == examples.size()) {
      throw new IllegalArgumentException("need successful and failed projects to fit, had " + successful
          + " successful of " + examples.size());
    }
    LaunchEncoding encoding = LaunchEncoding.fit(examples);
    LinearSGDModel model = train(examples, encoding);
    return toLaunchModel(model, encoding, examples.size(), (double) successful / examples.size());
  }

  /** Trains Tribuo's model on the encoded projects. */
  LinearSGDModel train(List<LaunchExample> examples, LaunchEncoding encoding) {
    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> dataset = new MutableDataset<>(
        new SimpleDataSourceProvenance("crowdfund launch examples", labels), labels);
    for (LaunchExample example : examples) {
      dataset.add(tribuoExample(encoding, example));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
        new ParameterAveraging(new AdaGrad(learningRate, 0.1)), epochs, -1, 1, seed);
    return trainer.train(dataset);
  }

  /** Encodes one project as a Tribuo example. */
  static ArrayExample<Label> tribuoExample(LaunchEncoding encoding, LaunchExample example) {
    Map<String, Double> features = encoding.encode(example.features());
    String[] names = features.keySet().toArray(new String[0]);
    double[] values = features.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new ArrayExample<>(new Label(example.succeeded() ? SUCCESSFUL : FAILED), names, values);
  }

  /** Copies the weights of Tribuo's model: successful minus failed, the bias in the last column. */
  LaunchModel toLaunchModel(LinearSGDModel model, LaunchEncoding encoding, long projects, double successRate) {
    DenseMatrix weights = model.getWeightsCopy();
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    int success = outputs.getID(new Label(SUCCESSFUL));
    int failure = outputs.getID(new Label(FAILED));
    ImmutableFeatureMap featureMap = model.getFeatureIDMap();
    Map<String, Double> coefficients = new LinkedHashMap<>();
    for (VariableInfo info : featureMap) {
      int id = ((VariableIDInfo) info).getID();
      coefficients.put(info.getName(), weights.get(success, id) - weights.get(failure, id));
    }
    int bias = featureMap.size();
    double intercept = weights.get(success, bias) - weights.get(failure, bias);
    String fitter = String.format(Locale.ROOT, "Tribuo 4.3 logistic regression (LinearSGDTrainer, LogMulticlass, "
        + "AdaGrad learning rate %s with parameter averaging), %d epochs, seed %d", learningRate, epochs, seed);
    return new LaunchModel(encoding, intercept, coefficients, fitter, projects, successRate);
  }
}
