import { mount } from '@/components/mount';
import { FillPanel } from '@/components/FillPanel';

void mount(<FillPanel token={location.hash.slice(1)} />);
