/** The baseline every startup figure is compared with: the JVM's own start and one line of output. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello world");
    }
}
