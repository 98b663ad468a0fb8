import { Input, SegmentedControl } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { fieldId } from '../field-paths';

type Option<Value extends string> = { value: Value; label: string; description: string };

type SegmentedFieldProps<Value extends string> = {
  path: string;
  label: string;
  options: Option<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  error?: string;
};

/** A labelled segmented control that explains the chosen option underneath. */
export function SegmentedField<Value extends string>({
  path,
  label,
  options,
  value,
  onChange,
  error,
}: SegmentedFieldProps<Value>) {
  const id = useId();
  const chosen = options.find((option) => option.value === value);
  return (
    <div id={fieldId(path)}>
      <Input.Wrapper
        id={id}
        labelElement="div"
        label={label}
        description={chosen?.description}
        error={error}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        descriptionProps={{ mt: 6, 'aria-live': 'polite' }}
      >
        <SegmentedControl<Value>
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-description`}
          data={options.map((option) => ({ value: option.value, label: option.label }))}
          value={value}
          onChange={onChange}
          color="indigo"
          fullWidth
          mt={4}
        />
      </Input.Wrapper>
    </div>
  );
}
