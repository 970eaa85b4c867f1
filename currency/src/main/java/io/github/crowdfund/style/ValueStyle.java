package io.github.crowdfund.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the crowdfund modules: put it beside {@code @Value.Immutable} on an abstract value type.
 *
 * <p>The generated {@code Immutable*} class stays package-private; users meet only the abstract type, its
 * {@code of(...)} factories and its {@code builder()}. Accessors keep plain names ({@code goal()}, not
 * {@code getGoal()}), builders are strict (each attribute set once) and null is never accepted.
 *
 * <p>This annotation is for the crowdfund modules themselves; applications have no need of it. It is retained in
 * class files only so that the annotation processor sees it when compiling a dependent module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    strictBuilder = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
