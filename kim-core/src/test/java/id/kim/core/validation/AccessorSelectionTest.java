package id.kim.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which methods Hibernate Validator sees as properties (STACK.md pitfall 1): the SDK's record-style
 * accessors and JavaBeans getters, never a method with parameters, a void method or {@code masked()}.
 */
class AccessorSelectionTest {
  private static final AccessorSelection SELECTION = new AccessorSelection();

  private static ConstrainableExecutable method(String name, Class<?> returns, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returns;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @Test
  @DisplayName("accessors become properties; methods with parameters, void methods and masked() do not")
  void properties() {
    assertEquals(Optional.of("whatsapp"), SELECTION.getProperty(method("whatsapp", Optional.class)));
    assertEquals(Optional.of("name"), SELECTION.getProperty(method("getName", String.class)));
    assertEquals(Optional.of("registered"), SELECTION.getProperty(method("isRegistered", boolean.class)));
    assertEquals(Optional.empty(), SELECTION.getProperty(method("withName", Object.class, String.class)));
    assertEquals(Optional.empty(), SELECTION.getProperty(method("check", void.class)));
    assertEquals(Optional.empty(), SELECTION.getProperty(method("masked", String.class)));
    assertEquals(Optional.empty(), SELECTION.getProperty(method("toString", String.class)));
  }

  @Test
  @DisplayName("a get/is prefix is dropped only before a capital letter")
  void propertyNames() {
    assertEquals("name", AccessorSelection.propertyName("getName"));
    assertEquals("final", AccessorSelection.propertyName("isFinal"));
    assertEquals("get", AccessorSelection.propertyName("get"));
    assertEquals("is", AccessorSelection.propertyName("is"));
    assertEquals("issuedOn", AccessorSelection.propertyName("issuedOn"));
    assertEquals("getaway", AccessorSelection.propertyName("getaway"));
    assertEquals("members", AccessorSelection.propertyName("members"));
  }

  @Test
  @DisplayName("a property is looked up by its own name first, then as a JavaBeans getter")
  void getterCandidates() {
    assertEquals(List.of("seat", "getSeat", "isSeat"), SELECTION.getGetterMethodNameCandidates("seat"));
  }
}
